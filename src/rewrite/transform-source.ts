import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import MagicString from 'magic-string';
import { findGrantSites, type LocatedGrantSite } from '../detect/detect-password-grants';
import { getTokenMethods } from '../detect/token-methods';
import { parseSource, REWRITTEN_TEXT_PARSE, splitBom } from '../parse/parse-source';
import { releaseTraversalCache } from '../parse/traversal-cache';
import { applyHttpRewrites } from './http/apply-http-rewrite';
import { mayHoldGenesysHttpGrant } from './http/needles';
import { planHttpRewrites, type HttpManualSite, type HttpRewritePlan } from './http/plan-http-rewrite';
import { findDeadDeclarations, getRemovalRanges, type TextRange } from './plan-removals';
import { findChangedStatements } from './changed-statements';
import { findAgentBinding, findEnclosingSegment, getAgentImportInsertion, DEFAULT_SEGMENT_NAME } from './newrelic';
import { renderLogin, type LoginCode } from './render-login';
import { detectTextStyle, lineIndentAt, quoteString, startsLine, type TextStyle } from './text-style';
import { DEFAULT_CLIENT_ID_ENV, DEFAULT_CLIENT_SECRET_ENV } from './types';
import type { ManualSite, RewriteOptions, RewrittenSite, SecretReport, TransformResult } from './types';
import { mentionsAny } from '../text/mentions';

/**
 * The migration of one file, top to bottom: parse, find sites, read the file's style,
 * delete what the rewrite leaves dead, add `init`, swap the call, check the result parses.
 * Edits are made on the original text, so every byte outside them stays as it was.
 */

export const NO_SCOPES_REASON = 'no scopes known: pass --scopes or add them to the configuration';

function isTypeScriptFile(file: string): boolean {
  return /\.[mc]?tsx?$/i.test(file);
}

function position(site: LocatedGrantSite) {
  return { line: site.site.loc.line, column: site.site.loc.column };
}

/** Where the `init` line goes: above the statement's own-line leading comments, so that
 *  directives like `// eslint-disable-next-line` keep applying to the line they name.
 *  `comments` are the file's comments in source order (the parse attaches none to nodes:
 *  attaching was half of the parse of an ordinary file, and this is its only reader). */
function getStatementAnchor(statement: NodePath<t.Statement>, source: string, comments: readonly t.Comment[]): number {
  const start = statement.node.start ?? 0;
  let anchor = start;
  for (let index = lastCommentBefore(comments, start); index >= 0; index--) {
    const comment = comments[index];
    const commentStart = comment.start ?? anchor;
    const between = source.slice(comment.end ?? anchor, anchor);
    if (!/^\s*$/.test(between) || !startsLine(source, commentStart)) break;
    if ((between.match(/\n/g) ?? []).length > 1) break; // a blank line separates it
    anchor = commentStart;
  }
  return anchor;
}

/** The index of the last comment that ends at or before `offset`, or -1. */
function lastCommentBefore(comments: readonly t.Comment[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((comments[middle].end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The body of a concise arrow, including any parentheses around it. */
function getArrowBodyRange(arrow: NodePath<t.ArrowFunctionExpression>, source: string) {
  const body = arrow.node.body;
  let start = body.start ?? 0;
  let end = body.end ?? 0;
  const parenStart = (body.extra as { parenStart?: number } | undefined)?.parenStart;
  if (parenStart !== undefined) {
    start = parenStart;
    const close = source.indexOf(')', end);
    end = close === -1 ? end : close + 1;
  }
  return { start, end };
}

/** The line break between `=>` and a body that starts on the next line, if any. */
function getArrowGap(source: string, bodyStart: number): { start: number; end: number } | null {
  const before = source.slice(0, bodyStart);
  const match = /=>([ \t]*\r?\n[ \t]*)$/.exec(before);
  return match ? { start: bodyStart - match[1].length, end: bodyStart } : null;
}

/** Range of the call's argument, including any parentheses wrapped around it. */
function getArgumentRange(argument: t.Node, source: string) {
  let start = argument.start ?? 0;
  let end = argument.end ?? 0;
  const parenStart = (argument.extra as { parenStart?: number } | undefined)?.parenStart;
  if (parenStart !== undefined) {
    start = parenStart;
    const close = source.indexOf(')', end);
    end = close === -1 ? end : close + 1;
  }
  return { start, end };
}

interface SiteCode {
  located: LocatedGrantSite;
  code: LoginCode;
}

function renderSite(located: LocatedGrantSite, style: TextStyle, file: string, options: RewriteOptions): SiteCode {
  const optional = located.callee.node.optional ? '?.' : '.';
  const code = renderLogin({
    receiverAccess: `${located.site.receiverText}${optional}`,
    style,
    typescript: isTypeScriptFile(file),
    options,
    scopes: options.scopes ?? [],
  });
  return { located, code };
}

function swapCall(edits: MagicString, source: string, { located, code }: SiteCode): void {
  const property = located.callee.node.property;
  const name = located.callee.node.computed ? JSON.stringify(code.method) : code.method;
  edits.overwrite(property.start ?? 0, property.end ?? 0, name, { contentOnly: true });
  const argument = located.call.node.arguments[0];
  const range = getArgumentRange(argument, source);
  edits.overwrite(range.start, range.end, code.args, { contentOnly: true });
}

/** Adds the setup statements of every site, grouped by the place they go. */
function insertSetup(edits: MagicString, source: string, comments: readonly t.Comment[], style: TextStyle, group: SiteCode[]): void {
  const { insertion } = group[0].located;
  if (group.every(({ code }) => code.setupStatements('').length === 0)) return;
  const eol = style.eol;
  if (insertion.kind === 'before-statement') {
    const anchor = getStatementAnchor(insertion.statement, source, comments);
    if (startsLine(source, anchor)) {
      const indent = lineIndentAt(source, anchor);
      for (const { code } of group) {
        for (const statement of code.setupStatements(indent)) edits.appendLeft(anchor, `${statement}${eol}${indent}`);
      }
    } else {
      for (const { code } of group) {
        for (const statement of code.setupStatements('')) edits.appendLeft(anchor, `${statement} `);
      }
    }
    return;
  }
  if (insertion.kind === 'arrow-body' || insertion.kind === 'wrap-statement') {
    const range =
      insertion.kind === 'arrow-body'
        ? getArrowBodyRange(insertion.arrow, source)
        : { start: insertion.statement.node.start ?? 0, end: insertion.statement.node.end ?? 0 };
    // `() =>\n  call()`: the block opens on the arrow's line, as people write it.
    const gap = insertion.kind === 'arrow-body' ? getArrowGap(source, range.start) : null;
    const outer = lineIndentAt(source, gap ? gap.start : range.start);
    const inner = outer + style.indentUnit;
    let opening = `{${eol}`;
    for (const { code } of group) {
      for (const statement of code.setupStatements(inner)) opening += `${inner}${statement}${eol}`;
    }
    opening += insertion.kind === 'arrow-body' ? `${inner}return ` : inner;
    const closing = insertion.kind === 'arrow-body' ? `${style.semicolons ? ';' : ''}${eol}${outer}}` : `${eol}${outer}}`;
    if (gap) edits.overwrite(gap.start, gap.end, ` ${opening}`);
    else edits.appendLeft(range.start, opening);
    edits.appendLeft(range.end, closing);
  }
}

interface SegmentSettings {
  agent: string;
  name: string;
}

/**
 * Keeps token latency visible in New Relic: wraps the new login in `startSegment`, or,
 * when the old call already had a segment, keeps it and renames a segment that was
 * named after `postOAuthApiToken`. Runs after `insertSetup` so that text added at the
 * same offset lands in the right order.
 */
function wrapInSegment(edits: MagicString, style: TextStyle, site: SiteCode, segment: SegmentSettings): void {
  const existing = findEnclosingSegment(site.located.call);
  if (existing) {
    const name = existing.node.arguments[0];
    if (name?.type === 'StringLiteral' && name.value.includes(site.located.site.method)) {
      edits.overwrite(name.start ?? 0, name.end ?? 0, quoteString(segment.name, style.quote), { contentOnly: true });
    }
    return;
  }
  const call = site.located.call.node;
  edits.appendLeft(call.start ?? 0, `${segment.agent}.startSegment(${quoteString(segment.name, style.quote)}, true, () => `);
  edits.prependLeft(call.end ?? 0, ')');
}

function groupByInsertion(sites: SiteCode[]): SiteCode[][] {
  const groups = new Map<NodePath, SiteCode[]>();
  for (const site of sites) {
    const { insertion } = site.located;
    const key =
      insertion.kind === 'arrow-body' ? insertion.arrow : insertion.kind === 'none' ? site.located.call : insertion.statement;
    groups.set(key, [...(groups.get(key) ?? []), site]);
  }
  return [...groups.values()];
}

function collectSecrets(file: string, sites: LocatedGrantSite[], httpPlans: readonly HttpRewritePlan[]): SecretReport[] {
  const seen = new Set<string>();
  const secrets: SecretReport[] = [];
  const literals = [...sites.flatMap(({ site }) => site.literals), ...httpPlans.flatMap((plan) => [...plan.body.secrets, ...plan.keptSecrets])];
  for (const literal of literals) {
    const key = `${literal.start}:${literal.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    secrets.push({ file, line: literal.line, kind: literal.kind });
  }
  return secrets.sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
}

function httpPosition({ site }: { site: HttpManualSite['site'] }) {
  return { line: site.loc.line, column: site.loc.column };
}

function unchanged(source: string, manual: ManualSite[], waitingForScopes: number): TransformResult {
  return { output: source, changed: false, sites: [], manual, secrets: [], legacyEnvVars: [], waitingForScopes, changedRanges: [] };
}

/**
 * Rewrites every fixable password-grant site of one file. Pure: text in, text out.
 * `file` is the path used in reports (relative, `/` separators) and to pick the parser.
 * Throws ParseError when the file cannot be parsed.
 */
export function transformSource(source: string, file: string, options: RewriteOptions = {}): TransformResult {
  // Without a token method's name (configured wrapper names count too) or, for raw HTTP
  // grants, a grant type and a Genesys Cloud login host, there is no site: no parse. The
  // runner's workers prefilter the same way; this serves every other caller, the jscodeshift
  // transform above all (jscodeshift hands it every file of a repository).
  const mayHoldSdkGrant = mentionsAny(source, getTokenMethods(options));
  if (!mayHoldSdkGrant && !mayHoldGenesysHttpGrant(source)) return unchanged(source, [], 0);
  const { bom, text } = splitBom(source);
  const ast = parseSource(text, file, { attachComment: false });
  try {
    return rewriteTree(source, bom, text, ast, file, options, mayHoldSdkGrant);
  } finally {
    // The tree was parsed here and no NodePath of it leaves: its cached paths can go.
    releaseTraversalCache(ast);
  }
}

/** transformSource past the parse: `text` is `source` without its BOM, `ast` its tree. */
function rewriteTree(source: string, bom: string, text: string, ast: t.File, file: string, options: RewriteOptions, mayHoldSdkGrant: boolean): TransformResult {
  const located = mayHoldSdkGrant ? findGrantSites(ast, text, options) : [];
  // Raw HTTP requests to a Genesys Cloud login host: they need no scopes (the OAuth client's
  // roles authorise a client-credentials token), so they are rewritten whatever scopes are known.
  const http = mayHoldGenesysHttpGrant(text) ? planHttpRewrites(ast, text) : { plans: [], manual: [] };

  const manual: ManualSite[] = http.manual.map((site) => ({ ...httpPosition(site), reason: site.reason }));
  const fixable: LocatedGrantSite[] = [];
  const needsScopes = (options.target ?? 'init-login') === 'init-login';
  let waitingForScopes = 0;
  for (const site of located) {
    if (!site.site.fixable) manual.push({ ...position(site), reason: site.site.reason ?? 'needs review' });
    else if (needsScopes && !(options.scopes && options.scopes.length > 0)) {
      manual.push({ ...position(site), reason: NO_SCOPES_REASON });
      waitingForScopes++;
    } else fixable.push(site);
  }
  if (fixable.length === 0 && http.plans.length === 0) return unchanged(source, manual.sort(byPosition), waitingForScopes);

  const style = detectTextStyle(ast, text);
  const edits = new MagicString(text);

  // Removals first: magic-string clears text appended at the edge of a removed range. The
  // declarations left dead by both rewrites are found together, so one never keeps a
  // declaration alive for the other.
  const argumentPaths = fixable.map((site) => site.call.get('arguments')[0] as NodePath);
  const httpRemoved = http.plans.flatMap((plan) => plan.body.removedExpressions);
  const removals: TextRange[] = [
    ...getRemovalRanges(text, findDeadDeclarations([...argumentPaths, ...httpRemoved])),
    ...http.plans.flatMap((plan) => plan.body.removedStatements),
  ];
  for (const range of removals) edits.remove(range.start, range.end);
  const rendered = fixable.map((site) => renderSite(site, style, file, options));
  for (const site of rendered) swapCall(edits, text, site);
  for (const group of groupByInsertion(rendered)) insertSetup(edits, text, ast.comments ?? [], style, group);

  const existingAgent = findAgentBinding(ast);
  if (rendered.length > 0 && (existingAgent || options.newrelic)) {
    const segment = { agent: existingAgent ?? 'newrelic', name: options.newrelicSegmentName ?? DEFAULT_SEGMENT_NAME };
    for (const site of rendered) wrapInSegment(edits, style, site, segment);
    if (!existingAgent) {
      const agentImport = getAgentImportInsertion(ast);
      edits.appendLeft(agentImport.offset, agentImport.text(style.eol, style.quote));
    }
  }

  // REWRITTEN STATEMENTS (raw HTTP): each plan's `statement` is the statement holding the
  // request; the body and header edits below stay inside it (and inside the declarations
  // of the body it reads). A formatter of rewritten code formats these ranges.
  const httpFailure = (reason: string) =>
    unchanged(source, [...manual, ...http.plans.map((plan) => ({ ...httpPosition(plan), reason })), ...fixable.map((site) => ({ ...position(site), reason }))].sort(byPosition), waitingForScopes);
  try {
    applyHttpRewrites(edits, http.plans, {
      style,
      clientIdEnv: options.clientIdEnv ?? DEFAULT_CLIENT_ID_ENV,
      clientSecretEnv: options.clientSecretEnv ?? DEFAULT_CLIENT_SECRET_ENV,
    });
  } catch {
    return httpFailure('the rewrite of this file needs edits that overlap; please migrate it by hand and report the case');
  }

  const output = edits.toString();
  let reparsed: t.File;
  try {
    reparsed = parseSource(output, file, REWRITTEN_TEXT_PARSE);
  } catch {
    // Never write what does not parse: leave the file alone and hand the sites to a person.
    return httpFailure('the rewrite of this file did not parse; please migrate it by hand and report the case');
  }
  // A rewrite that a second run would rewrite again is not finished: hand it to a person.
  const rewrittenStillGrants = http.plans.length > 0 && planHttpRewrites(reparsed, output).plans.length > 0;
  // The check above is the only NodePath walk of the rewritten tree (the layout reads nodes).
  releaseTraversalCache(reparsed);
  if (rewrittenStillGrants) {
    return httpFailure('the rewritten request still carries a password grant; please migrate it by hand and report the case');
  }

  const sites: RewrittenSite[] = [
    ...fixable.map((site) => ({ ...position(site), receiver: site.site.receiverText })),
    ...http.plans.map((plan) => ({ ...httpPosition(plan), receiver: plan.site.calleeText })),
  ].sort(byPosition);
  const legacyEnvVars = [
    ...new Set([...fixable.flatMap((site) => site.site.legacyEnvVars), ...http.plans.flatMap((plan) => plan.body.legacyEnvVars)]),
  ].sort();
  return {
    output: bom + output,
    changed: output !== text,
    sites,
    manual: manual.sort(byPosition),
    secrets: collectSecrets(file, fixable, http.plans),
    legacyEnvVars,
    waitingForScopes,
    changedRanges: findChangedStatements(text, output, reparsed).map((range) => ({
      start: range.start + bom.length,
      end: range.end + bom.length,
    })),
  };
}

function byPosition(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column;
}
