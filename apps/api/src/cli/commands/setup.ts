import { hasAnyUser } from '@saffron/db';
import { createSetupToken, SETUP_TOKEN_HINT } from '../../services/setup-token.ts';
import type { Command } from '../command.ts';

/** For an operator who no longer has the api's first log lines (or whose token expired). */
export const setupToken: Command = {
  name: 'setup token',
  summary: 'Make a one-time token for creating the first admin in the browser',
  async run(_args, { database, io }) {
    const { db } = await database();
    if (await hasAnyUser(db)) throw new Error('Saffron is already set up; sign in instead');
    io.out(`setup token: ${await createSetupToken(db)}`);
    io.out(`Open Saffron and ${SETUP_TOKEN_HINT}.`);
  },
};
