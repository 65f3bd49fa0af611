import { main } from './launch';

/** The console chat alone, whatever chat tokens are configured. */
main(['--console']);
