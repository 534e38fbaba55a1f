// The explain table as Markdown, so that the README shows exactly the rules in code.
import { KIND_SEVERITY } from './decisive-kind';
import { EXPLAIN_RULES, type RuleCondition } from './rules';

const code = (text: string): string => `\`${text}\``;

function either(codes: readonly string[]): string {
  const quoted = codes.map(code);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
}

function describeCondition(when: RuleCondition): string {
  const parts: string[] = [];
  if (when.hostListed !== undefined) parts.push(when.hostListed ? 'host listed' : 'host not listed');
  if (when.addressListed !== undefined) parts.push(when.addressListed ? 'address listed' : 'address not listed');
  if (when.kinds) parts.push(`kind ${either(when.kinds)}`);
  if (when.tlsFault === 'site') parts.push("TLS errors all the site's own");
  if (when.tlsFault === 'interception') parts.push('certificate of a known interception system');
  if (when.tlsFault === 'ech') parts.push('encrypted ClientHello (ECH) refused');
  if (when.networkCut !== undefined) parts.push(when.networkCut ? 'on a network cut since a date' : 'not on a network known to be cut');
  if (when.serverError !== undefined) parts.push(when.serverError ? 'a 5xx status' : 'no 5xx status');
  if (when.dohAnswer === 'public') parts.push('DNS-over-HTTPS found a public address');
  if (when.dohAnswer === 'nxdomain') parts.push('DNS-over-HTTPS says the name does not exist');
  return parts.length > 0 ? parts.join(' + ') : 'anything else';
}

/** The decisive-kind order and the rules table, first matching row wins. */
export function explainRulesMarkdown(): string {
  const rows = EXPLAIN_RULES.map((rule, index) => {
    const cells = [
      String(index + 1),
      describeCondition(rule.when),
      code(rule.cause),
      code(rule.mechanism),
      code(rule.confidence),
      rule.parentConfidence === undefined ? '–' : code(rule.parentConfidence),
      rule.why,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    `The decisive kind is the first of ${KIND_SEVERITY.map(code).join(' > ')} that was seen for the host.`,
    'A `dns-nxdomain` that DNS-over-HTTPS contradicts with a public address counts as `dns-sinkhole`.',
    'The first row that holds decides. "Host listed" means the list names the host, a wildcard covering it, its URL or a parent domain;',
    'when all it has is the exact entry of a parent domain (a *parent hit*), a row that concludes `listed` holds with the confidence of its',
    '"parent hit" column instead.',
    '',
    '| # | when | cause | mechanism | confidence | parent hit | why |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
