// Run by database-task.test.ts under tsx, as the harness and the benchmarks run the main process's code:
// backs up the database named on the command line and prints the task's answer as JSON.
import { runDatabaseTask } from '../../../src-main/store/backups/database-task';

const [source = '', target = ''] = process.argv.slice(2);
const answer = await runDatabaseTask({ kind: 'backup', source, target, keyPragmas: [] });
console.log(JSON.stringify(answer));
