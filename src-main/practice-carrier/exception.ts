// How the practice carrier answers an error, like the real one: an `Exception` body { ID, Message }.
// Every route of the API and of the control endpoints answers its errors through here.
import type { ServerResponse } from 'node:http';
import { send } from './http';

export function exception(
  response: ServerResponse,
  status: number,
  id: string,
  message: string,
  headers = {},
): void {
  send(response, status, { ID: id, Message: message }, headers);
}
