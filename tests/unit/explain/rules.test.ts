import { FAILURE_KINDS } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_RULES, ruleFor, type Situation } from '../../../lib/explain/rules';
import { explainRulesMarkdown } from '../../../lib/explain/rules-markdown';

function* everySituation(): Generator<Situation> {
  for (const kind of FAILURE_KINDS)
    for (const hostListed of [true, false])
      for (const addressListed of [true, false])
        for (const tlsFault of ['site', 'interception', null] as const)
          for (const serverError of [true, false])
            for (const dohAnswer of ['public', 'nxdomain', null] as const)
              yield { kind, hostListed, addressListed, tlsFault, serverError, dohAnswer };
}

describe('the explain table', () => {
  it('has unique rule ids', () => {
    const ids = EXPLAIN_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets every rule decide some situation: no rule is shadowed by the ones before it', () => {
    const deciding = new Set([...everySituation()].map((situation) => ruleFor(situation).id));
    expect([...deciding].sort()).toEqual(EXPLAIN_RULES.map((rule) => rule.id).sort());
  });

  it('ends with a rule that holds always', () => {
    expect(EXPLAIN_RULES.at(-1)!.when).toEqual({});
  });

  it('never concludes "listed" without a listed host, nor "collateral" without a listed address', () => {
    for (const situation of everySituation()) {
      const { cause } = ruleFor(situation);
      if (cause === 'listed') expect(situation.hostListed).toBe(true);
      if (cause === 'collateral') expect(situation).toMatchObject({ hostListed: false, addressListed: true });
    }
  });
});

describe('explainRulesMarkdown', () => {
  const markdown = explainRulesMarkdown();
  const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));

  it('renders one row per rule, in order, with its codes', () => {
    expect(rows).toHaveLength(EXPLAIN_RULES.length);
    EXPLAIN_RULES.forEach((rule, index) => {
      expect(rows[index]).toContain(`| ${index + 1} |`);
      expect(rows[index]).toContain(`| \`${rule.cause}\` | \`${rule.mechanism}\` | \`${rule.confidence}\` |`);
      expect(rows[index]).toContain(rule.why);
    });
  });

  it('spells out the conditions', () => {
    const collateral = rows[EXPLAIN_RULES.findIndex((rule) => rule.id === 'collateral')]!;
    expect(collateral).toContain('| host not listed + address listed + kind `tcp-refused`, `tcp-timeout`,');
    expect(collateral).toContain('or `quic-failure` |');
    expect(rows.at(-1)).toContain('| anything else |');
    expect(markdown).toContain('`http-blockpage` > `http-451` > `dns-sinkhole`');
  });
});
