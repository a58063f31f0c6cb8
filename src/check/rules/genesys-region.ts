import traverse, { type NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getMemberPropertyName, isMemberLike, normalizeWhitespace } from '../../detect/ast-utils';
import { REGION_HOSTS } from '../../genesys/region-hosts';
import { draftFinding } from '../finding-drafts';
import { resolveTextShape, UNKNOWN } from '../http/static-text';
import type { FindingDraft } from '../fingerprint';
import type { CheckRule, RuleContext, RuleDescription } from '../rule';
import { getNodeIndex, type IndexedNode } from '../../parse/node-index';
import { childPath } from '../../parse/child-path';

/**
 * `PureCloudRegionHosts['eu-west-1']`: the SDK's region table is keyed with underscores
 * (`eu_west_1`), so a dashed key (the AWS-style name people write) reads `undefined`, and
 * `setEnvironment(undefined)` silently keeps the default, US East (mypurecloud.com): the
 * service logs in to the wrong region. Keys known statically (a string, a template without
 * `${}`, a `const`, a `.name`) are compared with the SDK's table; a key known only at run
 * time is not a finding.
 */

const TABLE = 'PureCloudRegionHosts';

const meta: RuleDescription = {
  id: 'genesys-region',
  level: 'warning',
  summary: 'PureCloudRegionHosts key that does not exist (dashed region names are undefined)',
  help:
    "The SDK's PureCloudRegionHosts table uses underscores (eu_west_1, ap_southeast_2, ...). A key it does not have is " +
    'undefined, and the client silently stays on US East (mypurecloud.com). Use the key named in the message.',
};

/** Names every object has: `PureCloudRegionHosts.hasOwnProperty(...)` is not a region read. */
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `eu-west-1`, `EU_WEST_1`, `eu west 1`, or a host such as `mypurecloud.ie` → the SDK's key. */
export function suggestRegionKey(key: string): string | null {
  const normalized = key.trim().toLowerCase().replace(/[-\s.]+/g, '_');
  if (Object.prototype.hasOwnProperty.call(REGION_HOSTS, normalized)) return normalized;
  const host = key.trim().toLowerCase().replace(/^(https?:\/\/)?(api\.|login\.)?/, '').replace(/\/.*$/, '');
  const byHost = Object.entries(REGION_HOSTS).find(([, value]) => value === host);
  return byHost ? byHost[0] : null;
}

/** Is this the SDK's table: `PureCloudRegionHosts` or `<module>.PureCloudRegionHosts`? */
function isRegionTable(node: t.Node): boolean {
  if (node.type === 'Identifier') return node.name === TABLE;
  return isMemberLike(node) && getMemberPropertyName(node) === TABLE;
}

/** The key read from the table, when it is known statically. */
function getStaticKey(member: NodePath<t.MemberExpression | t.OptionalMemberExpression>): string | null {
  if (!member.node.computed) return member.node.property.type === 'Identifier' ? member.node.property.name : null;
  const shape = resolveTextShape(childPath(member, 'property'));
  return shape === null || shape.includes(UNKNOWN) ? null : shape;
}

function isWrittenOrCalled(member: NodePath): boolean {
  const parent = member.parentPath;
  if (!parent) return false;
  if ((parent.isCallExpression() || parent.isOptionalCallExpression()) && parent.node.callee === member.node) return true;
  if (parent.isAssignmentExpression() && parent.node.left === member.node) return true;
  return parent.isUpdateExpression() || (parent.isUnaryExpression({ operator: 'delete' }) && parent.node.argument === member.node);
}

/**
 * The reads of the table that the index alone settles: a plain `.key`, or a literal key. A
 * computed key of any other kind (`[region]`, `` [`eu-${n}`] ``) needs its value resolved,
 * which takes NodePaths and scopes; only a file with such a read pays for them.
 */
function indexedRegionReads(context: RuleContext): RegionRead[] | null {
  const index = getNodeIndex(context.ast);
  const members = [...index.of('MemberExpression'), ...index.of('OptionalMemberExpression')];
  const reads = members.filter(({ node }) => isRegionTable(node.object));
  if (reads.some(({ node }) => node.computed && !isLiteralKey(node.property))) return null;
  // Source order across both member types, as a walk gives them (fingerprints count repeats in order).
  return reads
    .filter((entry) => !isWrittenOrCalledEntry(entry))
    .map(({ node }) => node)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

type RegionRead = t.MemberExpression | t.OptionalMemberExpression;

function isLiteralKey(node: t.Node): boolean {
  return node.type === 'StringLiteral' || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

/** isWrittenOrCalled, from the index's parent link. */
function isWrittenOrCalledEntry({ node, parent, key }: IndexedNode<RegionRead>): boolean {
  if (!parent) return false;
  if ((parent.type === 'CallExpression' || parent.type === 'OptionalCallExpression') && key === 'callee') return true;
  if (parent.type === 'AssignmentExpression' && parent.left === node) return true;
  return parent.type === 'UpdateExpression' || (parent.type === 'UnaryExpression' && parent.operator === 'delete' && parent.argument === node);
}

/** The key of a read the index settled (see indexedRegionReads). */
function getLiteralKey(node: RegionRead): string | null {
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : null;
  if (node.property.type === 'StringLiteral') return node.property.value;
  if (node.property.type === 'TemplateLiteral') return node.property.quasis[0]?.value.cooked ?? null;
  return null;
}

export const genesysRegion: CheckRule = {
  meta,
  needles: [TABLE],
  suppressible: true,
  find(context) {
    const drafts: FindingDraft[] = [];
    const report = (node: RegionRead, key: string | null) => {
      if (key === null || OBJECT_MEMBERS.has(key) || Object.prototype.hasOwnProperty.call(REGION_HOSTS, key)) return;
      const suggestion = suggestRegionKey(key);
      const fix = suggestion
        ? `use ${TABLE}.${suggestion}`
        : `its keys are ${Object.keys(REGION_HOSTS).join(', ')}`;
      const message = `${TABLE}[${JSON.stringify(key)}] does not exist in the SDK's region table (its keys use underscores): it is undefined, so the client silently stays on US East (mypurecloud.com); ${fix}`;
      const span = {
        loc: { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 },
        endLoc: { line: node.loc?.end.line ?? 1, column: (node.loc?.end.column ?? 0) + 1 },
        normalizedText: normalizeWhitespace(context.text.slice(node.start ?? 0, node.end ?? 0)),
      };
      drafts.push(draftFinding(context.file, meta, span, message, false));
    };
    const settled = indexedRegionReads(context);
    if (settled) {
      for (const node of settled) report(node, getLiteralKey(node));
      return drafts;
    }
    const visit = (member: NodePath<RegionRead>) => {
      if (!isRegionTable(member.node.object) || isWrittenOrCalled(member)) return;
      report(member.node, getStaticKey(member));
    };
    traverse(context.ast, { MemberExpression: visit, OptionalMemberExpression: visit });
    return drafts;
  },
};
