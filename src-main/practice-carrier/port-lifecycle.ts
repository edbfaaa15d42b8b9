// How a port accepted by the practice carrier moves along, and which ones the "losing carrier" rejects.
//
// Every port starts SUBMITTED and moves one step per `statusStepMs`:
//   normal:   SUBMITTED → CONFIRMED → COMPLETED
//   rejected: SUBMITTED → REJECTED
// Rejection triggers (documented, deterministic; checked in this order):
//   - PortForm.CustomerAccountNumber is "000000"          → FLD ABBR "AN"   (account number)
//   - PortForm.CustomerName contains "REJECT" (any case)   → FLD ABBR "NAME" (end-user name)
//   - PortForm.CustomerPostalCode is "X0X 0X0" or "X0X0X0" → FLD ABBR "ZIP"  (postal code)

export interface ReceivedPort {
  ticket: string;
  /** The operation path, e.g. /v2/NumberPorts/Inbound/DIDs. */
  path: string;
  body: unknown;
  /** ISO 8601, by the practice carrier's clock. */
  receivedAt: string;
  /** The dashboard's OrderID for this port. */
  orderId: number;
}

export interface RejectRow {
  'FLD ABBR': string;
  'RJCT CODE': string;
  'RJCT REMARKS': string;
  FORM: string;
  'PORTED #'?: string;
}

interface Rejection {
  reason: string;
  row: RejectRow;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function portFormOf(body: unknown): Record<string, unknown> {
  return record(record(body).PortForm);
}

/** Every number the port brings in: the form's list and the service rows. */
export function numbersOf(body: unknown): number[] {
  const found = new Set<number>();
  const add = (value: unknown) => {
    if (typeof value === 'number' && Number.isInteger(value)) found.add(value);
  };
  const form = portFormOf(body);
  if (Array.isArray(form.NumbersToPort)) form.NumbersToPort.forEach(add);
  const top = record(body);
  for (const key of ['DIDs', 'Lines', 'Forwards', 'ForwardingInstructions']) {
    const rows = top[key];
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      const item = record(row);
      add(item.Number);
      add(record(item.Number).Number);
      add(item.TN);
    }
  }
  return [...found];
}

function dashed(tn: number | undefined): string | undefined {
  if (tn === undefined) return undefined;
  const digits = String(tn);
  return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : undefined;
}

export function rejectionOf(body: unknown): Rejection | null {
  const form = portFormOf(body);
  const first = dashed(numbersOf(body)[0]);
  const withNumber = (row: RejectRow): RejectRow => (first ? { ...row, 'PORTED #': first } : row);
  if (form.CustomerAccountNumber === '000000') {
    return {
      reason: 'Account number does not match the losing carrier records',
      row: withNumber({
        'FLD ABBR': 'AN',
        'RJCT CODE': '6A',
        'RJCT REMARKS': 'ACCOUNT NUMBER MISMATCH',
        FORM: 'LSR',
      }),
    };
  }
  if (typeof form.CustomerName === 'string' && form.CustomerName.toUpperCase().includes('REJECT')) {
    return {
      reason: 'End user name does not match the losing carrier records',
      row: withNumber({
        'FLD ABBR': 'NAME',
        'RJCT CODE': '6C',
        'RJCT REMARKS': 'END USER NAME MISMATCH',
        FORM: 'EU',
      }),
    };
  }
  if (form.CustomerPostalCode === 'X0X 0X0' || form.CustomerPostalCode === 'X0X0X0') {
    return {
      reason: 'Service address postal code does not match',
      row: withNumber({
        'FLD ABBR': 'ZIP',
        'RJCT CODE': '6E',
        'RJCT REMARKS': 'POSTAL CODE MISMATCH',
        FORM: 'EU',
      }),
    };
  }
  return null;
}

const normalSteps = ['SUBMITTED', 'CONFIRMED', 'COMPLETED'] as const;
const rejectedSteps = ['SUBMITTED', 'REJECTED'] as const;

export function statusAt(port: ReceivedPort, nowMs: number, statusStepMs: number): string {
  const elapsed = Math.max(0, nowMs - Date.parse(port.receivedAt));
  const step = statusStepMs <= 0 ? Number.POSITIVE_INFINITY : Math.floor(elapsed / statusStepMs);
  const steps = rejectionOf(port.body) ? rejectedSteps : normalSteps;
  return steps[Math.min(step, steps.length - 1)] ?? 'SUBMITTED';
}

/** The PortInStatus the carrier would answer for this port now. */
export function portInStatusOf(port: ReceivedPort, nowMs: number, statusStepMs: number, dealer: string) {
  const form = portFormOf(port.body);
  const status = statusAt(port, nowMs, statusStepMs);
  const requested = typeof form.RequestedPortDate === 'string' ? form.RequestedPortDate : '';
  const portDate = /^\d{4}-\d{2}-\d{2}$/.test(requested)
    ? requested.replaceAll('-', '')
    : new Date(Date.parse(port.receivedAt) + 10 * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const base = {
    TicketId: port.ticket,
    Status: status,
    ValidationLSC: status !== 'SUBMITTED',
    AccountNumber: dealer,
    EndUserName: typeof form.CustomerName === 'string' ? form.CustomerName : '',
    NumbersToPort: numbersOf(port.body),
    PortDate: portDate,
    ...(typeof form.CurrentReseller === 'string' ? { Reseller: form.CurrentReseller } : {}),
  };
  const rejection = status === 'REJECTED' ? rejectionOf(port.body) : null;
  if (!rejection) return base;
  return {
    ...base,
    Disputing: false,
    RejectReason: rejection.reason,
    RejectSummary: `${rejection.row['RJCT CODE']} ${rejection.row['FLD ABBR']}: ${rejection.row['RJCT REMARKS']}`,
    RejectDetails: [rejection.row],
  };
}

/** The dashboard's Assessment for a status (Pending, Click-To-Port, Internal, Closed). */
export function assessmentOf(status: string): string {
  if (status === 'COMPLETED' || status === 'REJECTED') return 'Closed';
  if (status === 'CONFIRMED') return 'Click-To-Port';
  return 'Pending';
}
