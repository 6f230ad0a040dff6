import { operatorProgram } from './program';

await operatorProgram().parseAsync(process.argv);
