// The CustomerReferenceNumber Portage puts on every request, so a port can be matched to its draft.
//
// It is derived from the draft id (FNV-1a, 64 bits) rather than being the id itself: the carrier
// copies customer references into forms whose purchase-order field holds 16 characters, and a
// UUID is 36. Twelve base-36 characters carry 62 bits, so two drafts do not share a reference in
// practice; the same draft always gets the same one.
const prefix = 'PTG-';
const width = 12;
const modulus = 36n ** BigInt(width);
const fnvOffset = 0xcbf29ce484222325n;
const fnvPrime = 0x100000001b3n;
const mask64 = (1n << 64n) - 1n;

export const customerReferenceMaxLength = prefix.length + width;

export function customerReferenceFor(draftId: string): string {
  let hash = fnvOffset;
  for (const byte of new TextEncoder().encode(draftId)) {
    hash ^= BigInt(byte);
    hash = (hash * fnvPrime) & mask64;
  }
  return prefix + (hash % modulus).toString(36).toUpperCase().padStart(width, '0');
}
