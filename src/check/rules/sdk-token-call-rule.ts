import { describeCode } from '../../detect/ast-utils';
import { getTokenMethods } from '../../detect/token-methods';
import { TOKEN_METHOD, type GrantSite } from '../../detect/types';
import { draftFinding } from '../finding-drafts';
import type { CheckRule, RuleDescription } from '../rule';

export interface SdkTokenCallSpec {
  meta: RuleDescription;
  /** which of the shared detector's verdicts on a token-method call this rule reports */
  grant: GrantSite['grant'];
  /**
   * the message, given the site, the call as quoted code (`` `client.postOAuthApiToken(...)` ``)
   * and whether `migrate` rewrites it
   */
  message: (site: GrantSite, call: string, fixable: boolean) => string;
  /** whether `migrate` rewrites the site */
  fixable: (site: GrantSite) => boolean;
}

/**
 * The rules about the SDK token call (`postOAuthApiToken` and the configured `tokenMethods`)
 * differ only in the detector verdict they report and in their words; the shape is shared.
 */
export function sdkTokenCallRule(spec: SdkTokenCallSpec): CheckRule {
  return {
    meta: spec.meta,
    needles: [TOKEN_METHOD],
    configuredNeedles: (options) => getTokenMethods(options),
    suppressible: true,
    find(context) {
      return context
        .grantSites()
        .filter((site) => site.grant === spec.grant)
        .map((site) => {
          const call = `\`${describeCode(site.receiverText, 30)}.${site.method}(...)\``;
          const fixable = context.rewritable && spec.fixable(site);
          return draftFinding(context.file, spec.meta, site, spec.message(site, call, fixable), fixable);
        });
    },
  };
}
