/**
 * Adds items to a Saffron grocery list from the command line, using only @saffron/client:
 *
 *   echo "$PASSWORD" | node examples/add-items.ts --url https://recipes.example.com --user alice "2 l milk" "6 eggs"
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createSaffronClient, formatAmounts, parseIngredient } from '@saffron/client';

const { values, positionals } = parseArgs({
  options: { url: { type: 'string' }, user: { type: 'string' } },
  allowPositionals: true,
});
if (!values.url || !values.user || positionals.length === 0) {
  console.error(
    'usage: echo "$PASSWORD" | node examples/add-items.ts --url <saffron url> --user <name> "<item>" ...',
  );
  process.exit(64);
}

let password = '';
for await (const line of createInterface({ input: process.stdin })) {
  password = line;
  break;
}

// Sign in for a bearer token (no cookie outside a browser), then use it for every call.
const anonymous = createSaffronClient({ baseUrl: values.url });
const { token } = await anonymous.auth.login.mutate({
  username: values.user,
  password,
  returnToken: true,
});
const saffron = createSaffronClient({ baseUrl: values.url, token });

const changes = await saffron.grocery.addItems.mutate({
  items: positionals.map((line) => {
    const parsed = parseIngredient(line);
    if (parsed.kind !== 'ingredient') return { name: line };
    return { name: parsed.name, quantity: parsed.quantity, unit: parsed.unit };
  }),
});
for (const item of changes.items) {
  console.log(`${item.name}: ${formatAmounts(item.quantities) || '—'}`);
}
await saffron.auth.logout.mutate();
