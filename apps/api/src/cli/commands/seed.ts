import { analyzeTables, createRecipes, insertUser } from '@saffron/db';
import { generateRecipe, randomFrom } from '../../seed/generator.ts';
import { parseCommandArgs, UsageError, type Command } from '../command.ts';

export const DEMO_PASSWORD = 'saffron demo password';
const BATCH = 500;

function count(value: string | undefined, name: string, fallback: number): number {
  const parsed = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new UsageError(`--${name} must be a whole number above 0`);
  return parsed;
}

export const seed: Command = {
  name: 'seed',
  summary: 'Create demo users and generated recipes (for demos and benchmarks)',
  usage: 'seed --users N --recipes M [--seed S]',
  async run(args, { api, io }) {
    const { values } = parseCommandArgs(args, {
      users: { type: 'string' },
      recipes: { type: 'string' },
      seed: { type: 'string' },
    });
    const users = count(values.users, 'users', 1);
    const recipes = count(values.recipes, 'recipes', 50);
    const random = randomFrom(count(values.seed, 'seed', 1));
    const ctx = await api();
    // One hash for everyone: argon2 per demo user would take minutes for nothing.
    const passwordHash = await ctx.auth.passwords.hash(DEMO_PASSWORD);
    const owners: string[] = [];
    for (let i = 1; i <= users; i++) {
      const username = `cook${String(i).padStart(String(users).length, '0')}`;
      const user = await insertUser(ctx.db, {
        username,
        passwordHash,
        role: 'user',
        apps: ['recipes', 'grocery'],
      });
      if (!user) throw new Error(`${username} already exists; seed into a fresh database`);
      owners.push(user.id);
    }
    for (let start = 0; start < recipes; start += BATCH) {
      const size = Math.min(BATCH, recipes - start);
      const writes = Array.from({ length: size }, (_, i) => ({
        ownerId: owners[(start + i) % owners.length]!,
        ...generateRecipe(random),
        outbox: ctx.recipes.outbox,
      }));
      await createRecipes(ctx.db, writes);
    }
    // Fresh statistics, or the planner guesses on tables it has never seen filled (a search
    // took 2.5x longer on 100k recipes until autovacuum got to them).
    await analyzeTables(ctx.db, ['users', 'recipes', 'ingredients']);
    io.out(
      `Created ${users} user(s) (cook1..., password "${DEMO_PASSWORD}") and ${recipes} recipe(s).`,
    );
  },
};
