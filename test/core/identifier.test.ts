import {
  IDENTIFIER_PATTERN,
  IDP_STAGE_NAME_PATTERN,
  NAME_PATTERN,
  RESERVED_WORDS,
  SCOPED_IDENTIFIER_PATTERN,
  SECRET_IDENTIFIER_PATTERN,
  suggestIdentifier,
  validateIdentifier,
  validateName,
  validateVariableName,
  VARIABLE_NAME_PATTERN,
} from '../../src/core/identifier';

describe('patterns', () => {
  test('are the schema patterns of v0/pipeline.json', () => {
    expect(IDENTIFIER_PATTERN.source).toBe('^[a-zA-Z_][0-9a-zA-Z_]{0,127}$');
    expect(IDP_STAGE_NAME_PATTERN.source).toBe('^[a-zA-Z_][-0-9a-zA-Z_\\s]{0,127}$');
    expect(VARIABLE_NAME_PATTERN.source).toBe('^[a-zA-Z_][0-9a-zA-Z_.$-]{0,127}$');
    // Schema: ^[a-zA-Z_0-9-.][-0-9a-zA-Z_\s.]{0,127}$ (same character classes).
    for (const ok of ['a', '1st step', '-x', '.hidden', 'Build v1.2', 'a_b-c.d e']) expect(NAME_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', 'a/b', 'a:b', '(x)', ' leading']) expect(NAME_PATTERN.test(bad)).toBe(false);
  });

  test('secret identifiers also allow $ and -', () => {
    for (const ok of ['my_pat', 'github-pat', 'a$b']) expect(SECRET_IDENTIFIER_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', 'account.x', '1abc', 'my pat']) expect(SECRET_IDENTIFIER_PATTERN.test(bad)).toBe(false);
  });

  test('scoped references: an identifier with an optional account. or org. prefix', () => {
    for (const ok of ['github', 'account.github', 'org.terraform_compliance']) expect(SCOPED_IDENTIFIER_PATTERN.test(ok)).toBe(true);
    for (const bad of ['project.x', 'account.', 'account.a-b', 'a.b']) expect(SCOPED_IDENTIFIER_PATTERN.test(bad)).toBe(false);
  });
});

describe('validateIdentifier', () => {
  test.each(['a', '_x', 'A1_b2', 'x'.repeat(128)])('accepts %s', (id) => {
    expect(() => validateIdentifier(id, "step 'x'")).not.toThrow();
  });

  test.each([
    ['wait-1', 'wait_1'],
    ['1abc', '_1abc'],
    ['a.b', 'a_b'],
    ['a$b', 'a_b'],
    ['my step', 'my_step'],
  ])("rejects '%s' and suggests '%s'", (id, suggestion) => {
    expect(() => validateIdentifier(id, "step 'x'")).toThrow(
      `step 'x': identifier: '${id}' is not a valid Harness identifier (must match ^[a-zA-Z_][0-9a-zA-Z_]{0,127}$: a letter or _ first, then letters, digits or _, at most 128 characters; no '-', '.', '$' or spaces). Fix: use for example '${suggestion}'`,
    );
  });

  test('rejects more than 128 characters', () => {
    expect(() => validateIdentifier('x'.repeat(129), "stage 's'")).toThrow(
      /^stage 's': identifier: 'x{129}' is not a valid Harness identifier .*at most 128 characters/,
    );
  });

  test('rejects an empty identifier', () => {
    expect(() => validateIdentifier('', "pipeline ''")).toThrow(/identifier: '' is not a valid Harness identifier/);
  });

  test('names the field it checks', () => {
    expect(() => validateIdentifier('my-org', "pipeline 'p'", 'orgIdentifier')).toThrow(
      /^pipeline 'p': orgIdentifier: 'my-org' is not a valid Harness identifier/,
    );
  });

  test.each(RESERVED_WORDS.map((w) => [w]))("rejects the reserved word '%s'", (word) => {
    expect(() => validateIdentifier(word, "step 'x'")).toThrow(
      `step 'x': identifier: '${word}' is a reserved word in Harness. Fix: choose another identifier, for example '${word}_1'`,
    );
  });

  test('reserved words are case-sensitive, as identifiers are', () => {
    expect(() => validateIdentifier('Step', "step 'Step'")).not.toThrow();
    expect(() => validateIdentifier('stepGroup', "step 'stepGroup'")).toThrow(/reserved word/);
  });

  test('the reserved list is the one of the Harness entity identifier reference', () => {
    expect([...RESERVED_WORDS].sort()).toEqual([
      'account',
      'and',
      'div',
      'eq',
      'false',
      'ge',
      'gt',
      'le',
      'liteEngineTask',
      'lt',
      'mod',
      'ne',
      'new',
      'not',
      'null',
      'or',
      'org',
      'parallel',
      'return',
      'status',
      'step',
      'stepGroup',
      'true',
      'var',
    ]);
  });
});

describe('validateName', () => {
  test.each(['Build', '1st step', 'Deploy to prod v1.2', '-x', 'x'.repeat(128)])('accepts %s', (name) => {
    expect(() => validateName(name, "step 'x'")).not.toThrow();
  });

  test('rejects characters outside the pattern, with a suggestion', () => {
    expect(() => validateName('Build/Test', "step 'x'")).toThrow(
      "step 'x': name: 'Build/Test' is not a valid name (names may contain letters, digits, _, -, . and spaces; pattern ^[a-zA-Z_0-9\\-.][-0-9a-zA-Z_\\s.]{0,127}$). Fix: use for example 'Build Test'",
    );
  });

  test('rejects names over 128 characters', () => {
    expect(() => validateName('n'.repeat(129), "pipeline 'p'")).toThrow(
      "pipeline 'p': name: name is 129 characters long; Harness allows at most 128. Fix: shorten the name",
    );
  });

  test('rejects a name that is not a string (JavaScript callers)', () => {
    expect(() => validateName(42 as unknown as string, "step 'x'")).toThrow(
      "step 'x': name: the name must be a string, got number. Fix: pass the name as text",
    );
  });

  describe('IDP stage names (stages/idp/IDPStageNode)', () => {
    test.each(['Onboarding', 'Create service-1', '_x'])('accepts %s', (name) => {
      expect(() => validateName(name, "stage 's'", 'idpStage')).not.toThrow();
    });

    test.each([
      ['my.stage', 'my stage'],
      ['1st stage', 'st stage'],
      ['-stage', 'stage'],
    ])("rejects '%s' and suggests '%s'", (name, suggestion) => {
      expect(() => validateName(name, "stage 's'", 'idpStage')).toThrow(
        `stage 's': name: '${name}' is not a valid name (IDP stage names may contain letters, digits, _, - and spaces (no '.'), and must start with a letter or _; pattern ^[a-zA-Z_][-0-9a-zA-Z_\\s]{0,127}$). Fix: use for example '${suggestion}'`,
      );
    });

    test('rejects IDP stage names over 128 characters', () => {
      expect(() => validateName('n'.repeat(129), "stage 's'", 'idpStage')).toThrow(
        /name is 129 characters long; Harness allows at most 128/,
      );
    });
  });
});

describe('validateVariableName', () => {
  test.each(['x', '_x', 'a.b', 'a$b', 'a-b', 'x'.repeat(128)])('accepts %s', (name) => {
    expect(() => validateVariableName(name, "variable 'x'")).not.toThrow();
  });

  test.each([
    ['my var', 'my_var'],
    ['1x', '_1x'],
    ['x'.repeat(129), 'x'.repeat(128)],
  ])("rejects '%s'", (name, suggestion) => {
    expect(() => validateVariableName(name, `variable '${name}'`)).toThrow(
      `variable '${name}': name: '${name}' is not a valid variable name (pattern ^[a-zA-Z_][0-9a-zA-Z_.$-]{0,127}$). Fix: use for example '${suggestion}'`,
    );
  });
});

describe('suggestIdentifier', () => {
  test.each([
    ['my-service.v2', 'my_service_v2'],
    ['Create Repo!', 'Create_Repo'],
    ['123', '_123'],
    ['---', '_'],
    ['', '_'],
  ])("'%s' -> '%s'", (text, id) => {
    expect(suggestIdentifier(text)).toBe(id);
    expect(IDENTIFIER_PATTERN.test(suggestIdentifier(text))).toBe(true);
  });

  test('cuts at 128 characters', () => {
    expect(suggestIdentifier('a'.repeat(300))).toBe('a'.repeat(128));
  });
});
