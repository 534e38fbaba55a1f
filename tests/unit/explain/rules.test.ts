import { FAILURE_KINDS } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { confidenceFor, EXPLAIN_RULES, ruleFor, type Situation } from '../../../lib/explain/rules';
import { explainRulesMarkdown } from '../../../lib/explain/rules-markdown';

function* everySituation(): Generator<Situation> {
  for (const kind of FAILURE_KINDS)
    for (const hostListed of [true, false])
      for (const addressListed of [true, false])
        for (const tlsFault of ['site', 'interception', 'ech', null] as const)
          for (const serverError of [true, false])
            for (const dohAnswer of ['public', 'nxdomain', null] as const)
              for (const networkCut of [true, false])
                for (const parentOnly of hostListed ? [false, true] : [false])
                  yield { kind, hostListed, parentOnly, addressListed, tlsFault, serverError, dohAnswer, networkCut };
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

  it('never concludes "listed" without a listed host, nor "collateral" without a listed address or a network cut as a whole', () => {
    for (const situation of everySituation()) {
      const { cause, mechanism } = ruleFor(situation);
      if (cause === 'listed') expect(situation.hostListed).toBe(true);
      if (cause === 'collateral') expect(situation.hostListed).toBe(false);
      if (cause === 'collateral' && !situation.addressListed) {
        expect({ networkCut: situation.networkCut, mechanism }).toEqual({ networkCut: true, mechanism: 'throttle' });
      }
    }
  });

  // Issue 15: a network is blamed only when the list dates its cut, and never over a listed host.
  it('blames a network only when it is dated, and never over a listed host', () => {
    for (const situation of everySituation()) {
      if (ruleFor(situation).mechanism !== 'throttle' || ruleFor(situation).cause !== 'collateral') continue;
      expect(situation).toMatchObject({ networkCut: true, hostListed: false });
    }
    const cut: Situation = {
      kind: 'http-cut',
      hostListed: false,
      parentOnly: false,
      addressListed: false,
      tlsFault: null,
      serverError: false,
      dohAnswer: null,
      networkCut: true,
    };
    expect([ruleFor(cut).id, ruleFor({ ...cut, networkCut: false }).id]).toEqual(['network-cut', 'suspected-cut']);
    expect(ruleFor({ ...cut, hostListed: true }).id).toBe('listed-dpi');
    // A transfer that started was not stopped by a block of its address: the network explains it.
    expect(ruleFor({ ...cut, addressListed: true }).id).toBe('network-cut');
    expect(ruleFor({ ...cut, addressListed: true, networkCut: false }).id).toBe('collateral-transfer');
    expect(ruleFor({ ...cut, kind: 'tcp-reset', addressListed: true }).id).toBe('collateral');
    expect(ruleFor({ ...cut, kind: 'http-stall' }).id).toBe('network-stall');
    expect(ruleFor({ ...cut, kind: 'tcp-reset' }).id).toBe('network-connection');
    expect(ruleFor({ ...cut, kind: 'tcp-reset', networkCut: false }).id).toBe('suspected-dpi');
  });

  // Issue 11, item 5: an exact entry names one name; it counted as a high-confidence hit for every subdomain.
  const CONFIDENCE_ORDER = ['low', 'medium', 'high'];
  const listedRules = EXPLAIN_RULES.filter((rule) => rule.cause === 'listed');

  it('says for every rule that concludes "listed" how sure it is of a parent hit, and only for those', () => {
    expect(listedRules.length).toBeGreaterThan(0);
    for (const rule of EXPLAIN_RULES) {
      expect({ id: rule.id, parent: rule.parentConfidence !== undefined }).toEqual({
        id: rule.id,
        parent: rule.cause === 'listed',
      });
    }
  });

  it('is less sure of a parent hit than of the host itself, but for a listed address', () => {
    for (const rule of listedRules) {
      const drop = CONFIDENCE_ORDER.indexOf(rule.confidence) - CONFIDENCE_ORDER.indexOf(rule.parentConfidence!);
      const expected = rule.id === 'listed-address' || rule.confidence === 'low' ? 0 : 1;
      expect({ id: rule.id, drop }).toEqual({ id: rule.id, drop: expected });
    }
  });

  it('lowers a parent hit and nothing else', () => {
    const reset: Situation = {
      kind: 'tcp-reset',
      hostListed: true,
      parentOnly: false,
      addressListed: false,
      tlsFault: null,
      serverError: false,
      dohAnswer: null,
      networkCut: false,
    };
    expect([ruleFor(reset).id, confidenceFor(ruleFor(reset), reset)]).toEqual(['listed-dpi', 'high']);
    const parent = { ...reset, parentOnly: true };
    expect([ruleFor(parent).id, confidenceFor(ruleFor(parent), parent)]).toEqual(['listed-dpi', 'medium']);
    const refusedAtListedAddress = { ...parent, kind: 'tcp-refused' as const, addressListed: true };
    expect(confidenceFor(ruleFor(refusedAtListedAddress), refusedAtListedAddress)).toBe('high');
  });
});

describe('explainRulesMarkdown', () => {
  const markdown = explainRulesMarkdown();
  const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));

  it('renders one row per rule, in order, with its codes', () => {
    expect(rows).toHaveLength(EXPLAIN_RULES.length);
    EXPLAIN_RULES.forEach((rule, index) => {
      expect(rows[index]).toContain(`| ${index + 1} |`);
      const parent = rule.parentConfidence === undefined ? '–' : `\`${rule.parentConfidence}\``;
      expect(rows[index]).toContain(
        `| \`${rule.cause}\` | \`${rule.mechanism}\` | \`${rule.confidence}\` | ${parent} |`,
      );
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
