// The shape of one log line as every service writes it. Lines carry ids, operations, statuses and error
// kinds only: never a request body, a customer's name, number or address, nor a secret. The level lets
// "Copy diagnostics" pick out the last problems (src-main/diagnostics).
export type LogLevel = 'info' | 'warn' | 'error';

export type LogLine = (line: string, level?: LogLevel) => void;
