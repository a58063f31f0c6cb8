import type { SeededRandom } from '../seeded-random';

/**
 * Ordinary service code for the synthetic corpus: HTTP handlers, repositories, retry helpers,
 * queue consumers, the things a Node.js service is made of. Some of it says "password" or
 * "token" (hashing a user's password, a client-credentials token request) so that a text
 * prefilter cannot get away with looking for those words alone.
 */

export type ModuleStyle = 'esm' | 'cjs';

export interface ServiceCodeOptions {
  style: ModuleStyle;
  typescript: boolean;
  /** makes every top-level name of the file unique, so appended chunks never collide */
  prefix: string;
}

const ENTITIES = ['user', 'queue', 'conversation', 'agent', 'report', 'invoice', 'contact', 'campaign', 'schedule', 'webhook'];
const VERBS = ['load', 'sync', 'refresh', 'export', 'archive', 'notify', 'resolve', 'score'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function header(random: SeededRandom, options: ServiceCodeOptions): string {
  const modules = ['axios', 'express', 'pino', 'bcryptjs', 'node:crypto', 'lodash'];
  const chosen = modules.filter(() => random.next() < 0.5);
  if (chosen.length === 0) chosen.push('axios');
  return chosen
    .map((name) => {
      const local = `${options.prefix}${name.replace(/[^a-z]/gi, '')}`;
      return options.style === 'esm' ? `import ${local} from '${name}';` : `const ${local} = require('${name}');`;
    })
    .join('\n');
}

function typed(options: ServiceCodeOptions, annotation: string): string {
  return options.typescript ? `: ${annotation}` : '';
}

function handlerChunk(random: SeededRandom, options: ServiceCodeOptions, index: number): string {
  const entity = random.pick(ENTITIES);
  const name = `${options.prefix}handle${capitalise(entity)}${index}`;
  return [
    `/** GET /${entity}s/:id: ${entity} by id, 404 when missing. */`,
    `export async function ${name}(req${typed(options, 'any')}, res${typed(options, 'any')})${typed(options, 'Promise<void>')} {`,
    `  const id = String(req.params.id || '').trim();`,
    `  if (!id) {`,
    `    res.status(400).json({ error: 'missing id' });`,
    `    return;`,
    `  }`,
    `  const found = await req.app.locals.store.find('${entity}', id);`,
    `  if (!found) {`,
    `    res.status(404).json({ error: '${entity} not found', id });`,
    `    return;`,
    `  }`,
    `  res.json({ ...found, fetchedAt: new Date().toISOString() });`,
    `}`,
  ].join('\n');
}

function repositoryChunk(random: SeededRandom, options: ServiceCodeOptions, index: number): string {
  const entity = random.pick(ENTITIES);
  const name = `${options.prefix}${capitalise(entity)}Repository${index}`;
  const field = options.typescript ? '  private readonly rows = new Map<string, Record<string, unknown>>();\n' : '';
  const init = options.typescript ? '' : '    this.rows = new Map();\n';
  return [
    `export class ${name} {`,
    `${field}  constructor(${options.typescript ? 'private readonly table: string' : 'table'}) {`,
    `${init}${options.typescript ? '' : '    this.table = table;\n'}  }`,
    ``,
    `  async upsert(id${typed(options, 'string')}, row${typed(options, 'Record<string, unknown>')}) {`,
    `    const previous = this.rows.get(id) || {};`,
    `    this.rows.set(id, { ...previous, ...row, updatedAt: Date.now() });`,
    `    return this.rows.get(id);`,
    `  }`,
    ``,
    `  async list(limit = ${random.int(10, 200)}) {`,
    `    return [...this.rows.values()].slice(0, limit);`,
    `  }`,
    `}`,
  ].join('\n');
}

function retryChunk(random: SeededRandom, options: ServiceCodeOptions, index: number): string {
  const verb = random.pick(VERBS);
  const name = `${options.prefix}${verb}WithRetry${index}`;
  return [
    `// Retries transient failures with exponential backoff; gives up after ${random.int(3, 6)} attempts.`,
    `export async function ${name}(task${typed(options, '() => Promise<unknown>')}, attempts = ${random.int(3, 6)}) {`,
    `  let delay = ${random.int(50, 400)};`,
    `  for (let attempt = 1; ; attempt++) {`,
    `    try {`,
    `      return await task();`,
    `    } catch (error) {`,
    `      if (attempt >= attempts) throw error;`,
    `      await new Promise((resolve) => setTimeout(resolve, delay));`,
    `      delay *= 2;`,
    `    }`,
    `  }`,
    `}`,
  ].join('\n');
}

function passwordHashChunk(random: SeededRandom, options: ServiceCodeOptions, index: number): string {
  const name = `${options.prefix}verifyUserPassword${index}`;
  return [
    `// Local accounts: compare the password a user typed with the stored hash.`,
    `export async function ${name}(store${typed(options, 'any')}, username${typed(options, 'string')}, password${typed(options, 'string')}) {`,
    `  const account = await store.findAccount(username);`,
    `  if (!account || account.locked) return false;`,
    `  const rounds = ${random.int(8, 12)};`,
    `  return account.passwordHash.length > rounds && (await store.compareHash(password, account.passwordHash));`,
    `}`,
  ].join('\n');
}

function tokenChunk(random: SeededRandom, options: ServiceCodeOptions, index: number): string {
  const name = `${options.prefix}fetchServiceToken${index}`;
  return [
    `// Machine-to-machine token for the reporting API (client credentials, not a password grant).`,
    `export async function ${name}(http${typed(options, 'any')}) {`,
    `  const body = new URLSearchParams({ grant_type: 'client_credentials', scope: 'reports:read' });`,
    `  const response = await http.post('https://auth.example.com/token', body, { timeout: ${random.int(1000, 9000)} });`,
    `  return response.data.access_token;`,
    `}`,
  ].join('\n');
}

function consumerChunk(random: SeededRandom, options: ServiceCodeOptions, index: number): string {
  const entity = random.pick(ENTITIES);
  const name = `${options.prefix}consume${capitalise(entity)}Events${index}`;
  return [
    `export function ${name}(queue${typed(options, 'any')}, logger${typed(options, 'any')}) {`,
    `  const seen = new Set();`,
    `  queue.on('message', async (message) => {`,
    `    const event = JSON.parse(message.body);`,
    `    if (seen.has(event.id)) return message.ack();`,
    `    seen.add(event.id);`,
    `    switch (event.type) {`,
    `      case '${entity}.created':`,
    `      case '${entity}.updated':`,
    `        logger.info({ id: event.id, type: event.type }, '${entity} changed');`,
    `        break;`,
    `      default:`,
    `        logger.debug({ type: event.type }, 'ignored');`,
    `    }`,
    `    message.ack();`,
    `  });`,
    `}`,
  ].join('\n');
}

const CHUNKS = [handlerChunk, repositoryChunk, retryChunk, passwordHashChunk, tokenChunk, consumerChunk, handlerChunk, repositoryChunk];

/** The body of an ordinary module: imports, then a few functions and classes. */
export function generateServiceCode(random: SeededRandom, options: ServiceCodeOptions): string {
  const chunks = [header(random, options)];
  const count = random.int(2, 7);
  for (let index = 0; index < count; index++) chunks.push(random.pick(CHUNKS)(random, options, index));
  const text = `${chunks.join('\n\n')}\n`;
  // CommonJS files export through module.exports rather than `export` keywords.
  return options.style === 'cjs' ? text.replace(/^export (async function|function|class) /gm, '$1 ') : text;
}
