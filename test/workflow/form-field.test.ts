import { FormField } from '../../src/workflow/form-field';
import { UiField, UiWidget } from '../../src/workflow/ui-field';

describe('FormField rendering', () => {
  test('string field with every typed key, in a fixed order', () => {
    const f = FormField.string('name', {
      title: 'Name',
      description: 'The name',
      pattern: '^[a-z]+$',
      minLength: 2,
      maxLength: 8,
      default: 'abc',
      uiWidget: UiWidget.TEXTAREA,
      uiOptions: { rows: 3 },
      uiHelp: 'Hint',
      uiPlaceholder: 'abc',
      uiAutofocus: true,
      uiReadonly: false,
      extraProperties: { 'ui:backstage': { review: { show: false } } },
    });
    const p = f.schema.toProperty();
    expect(p).toEqual({
      title: 'Name',
      type: 'string',
      description: 'The name',
      pattern: '^[a-z]+$',
      minLength: 2,
      maxLength: 8,
      default: 'abc',
      'ui:widget': 'textarea',
      'ui:options': { rows: 3 },
      'ui:help': 'Hint',
      'ui:placeholder': 'abc',
      'ui:autofocus': true,
      'ui:readonly': false,
      'ui:backstage': { review: { show: false } },
    });
    expect(Object.keys(p)).toEqual([
      'title',
      'type',
      'description',
      'pattern',
      'minLength',
      'maxLength',
      'default',
      'ui:widget',
      'ui:options',
      'ui:help',
      'ui:placeholder',
      'ui:autofocus',
      'ui:readonly',
      'ui:backstage',
    ]);
  });

  test('enum, number, boolean and array fields', () => {
    expect(
      FormField.enum('m', {
        title: 'M',
        values: ['rollout', 'patch'],
        enumNames: ['kubectl rollout restart', 'annotation patch'],
        default: 'rollout',
      }).schema.toProperty(),
    ).toEqual({
      title: 'M',
      type: 'string',
      enum: ['rollout', 'patch'],
      enumNames: ['kubectl rollout restart', 'annotation patch'],
      default: 'rollout',
    });
    expect(FormField.number('n', { title: 'N', minimum: 1, maximum: 10, default: 1 }).schema.toProperty()).toEqual({
      title: 'N',
      type: 'number',
      minimum: 1,
      maximum: 10,
      default: 1,
    });
    expect(FormField.boolean('b', { title: 'B', default: true, uiWidget: UiWidget.RADIO }).schema.toProperty()).toEqual({
      title: 'B',
      type: 'boolean',
      default: true,
      'ui:widget': 'radio',
    });
    expect(
      FormField.array('envs', {
        title: 'Envs',
        items: { enum: ['dev', 'prod'] },
        uniqueItems: true,
        default: ['dev'],
        uiWidget: UiWidget.CHECKBOXES,
      }).schema.toProperty(),
    ).toEqual({
      title: 'Envs',
      type: 'array',
      items: { type: 'string', enum: ['dev', 'prod'] },
      uniqueItems: true,
      default: ['dev'],
      'ui:widget': 'checkboxes',
    });
  });

  test('uiOptions are merged over the options of the ui field', () => {
    const f = FormField.string('owner', {
      title: 'Owner',
      uiField: UiField.ownerPicker({ allowedKinds: ['Group'] }),
      uiOptions: { allowArbitraryValues: false },
    });
    expect(f.schema.toProperty()['ui:options']).toEqual({ allowedKinds: ['Group'], allowArbitraryValues: false });
  });

  test('uiOptions of any shape: nested values are copied; null renders ui:options: null over the field options', () => {
    const nested = { rows: 10, layout: { columns: [1, 2] }, hint: null };
    const f = FormField.string('multiline', { title: 'Text', uiWidget: UiWidget.TEXTAREA, uiOptions: nested });
    expect(f.schema.toProperty()['ui:options']).toEqual({ rows: 10, layout: { columns: [1, 2] }, hint: null });
    expect((f.schema.toProperty()['ui:options'] as any).layout).not.toBe(nested.layout);
    const empty = FormField.string('owner', { title: 'Owner', uiField: UiField.ownerPicker({ allowedKinds: ['Group'] }), uiOptions: null });
    expect(empty.schema.toProperty()).toEqual({ title: 'Owner', type: 'string', 'ui:field': 'OwnerPicker', 'ui:options': null });
  });

  test('authToken is the documented token field, not required', () => {
    const t = FormField.authToken();
    expect(t.id).toBe('token');
    expect(t.schema.required).toBe(false);
    expect(t.schema.toProperty()).toEqual({
      title: 'Harness Token',
      type: 'string',
      'ui:widget': 'password',
      'ui:field': 'HarnessAuthToken',
    });
    expect(t.schema.isAuthToken && t.schema.isPassword).toBe(true);
  });

  test('parameter expressions and inputset text', () => {
    expect(FormField.string('a', { title: 'A' }).parameter.resolve()).toBe('${{ parameters.a }}');
    expect(FormField.string('s', { title: 'S', uiField: UiField.secret() }).parameter.resolve()).toBe('${{ secrets.s }}');
    expect(FormField.array('l', { title: 'L' }).schema.inputsetText()).toBe("${{ parameters.l.join(',') }}");
    expect(FormField.string('a', { title: 'A' }).describe()).toBe("form field 'a'");
  });

  test('required defaults to true', () => {
    expect(FormField.string('a', { title: 'A' }).schema.required).toBe(true);
    expect(FormField.string('a', { title: 'A', required: false }).schema.required).toBe(false);
  });
});

describe('FormField rules', () => {
  test('id must be readable as parameters.<id>', () => {
    expect(() => FormField.string('my-field', { title: 'T' })).toThrow(
      /^form field 'my-field': id: 'my-field' is not a usable form property key \(it is read as \$\{\{ parameters.my-field \}\}; pattern .*\)\. Fix: use letters, digits and _ only, e\.g\. 'my_field'$/,
    );
  });

  test('uiOptions must be an object or null', () => {
    expect(() => FormField.string('a', { title: 'A', uiOptions: ['rows'] as any })).toThrow(
      'form field \'a\': ui:options: ["rows"] is not an object. Fix: pass the options as an object, e.g. { rows: 10 }, or null',
    );
    expect(() => FormField.string('a', { title: 'A', uiOptions: 'rows' as any })).toThrow(
      /^form field 'a': ui:options: "rows" is not an object/,
    );
  });

  test('title is required', () => {
    expect(() => FormField.string('a', { title: ' ' })).toThrow(
      "form field 'a': title: the field has no title. Fix: give the field a title; it is the label shown in the form",
    );
  });

  test('no ${{ }} templating in properties', () => {
    expect(() => FormField.string('a', { title: 'A', default: '${{ parameters.b }}' })).toThrow(
      "form field 'a': default: '${{ parameters.b }}' uses ${{ }} templating inside the form (properties), where IDP does not evaluate it (only in steps and output). Fix: use a literal value here, and reference parameters only in the trigger step or the output",
    );
    expect(() => FormField.string('a', { title: 'A', uiOptions: { x: ['${{ parameters.b }}'] } })).toThrow(
      /form field 'a': uiOptions.x\[0\]: /,
    );
    expect(() =>
      FormField.string('a', { title: 'A', uiField: UiField.custom('SelectFieldFromApi', { path: '${{ parameters.b }}' }) }),
    ).toThrow(/^form field 'a': uiField.options.path: '\$\{\{ parameters.b \}\}' uses \$\{\{ \}\} templating inside the form/);
    // every text the field extension renders into the property is checked, not only its options
    expect(() =>
      FormField.string('a', { title: 'A', uiField: UiField.entityFieldPicker({ displayField: '${{ parameters.b }}' }) }),
    ).toThrow(/^form field 'a': uiField.displayField: '\$\{\{ parameters.b \}\}' uses \$\{\{ \}\} templating inside the form/);
  });

  test('enum values must be distinct', () => {
    expect(() => FormField.enum('v', { title: 'V', values: ['gp2', 'gp2'] })).toThrow(
      /^form field 'v': enum: value 'gp2' is listed twice; enum values must be distinct\. Fix: list each value once, and use enumNames for labels that repeat$/,
    );
    expect(() => FormField.array('v', { title: 'V', items: { enum: ['a', 'a'] } })).toThrow(
      /form field 'v': items.enum: value 'a' is listed twice/,
    );
  });

  test('enum must not be empty, enumNames must match', () => {
    expect(() => FormField.enum('v', { title: 'V', values: [] })).toThrow(/form field 'v': enum: the value list is empty/);
    expect(() => FormField.enum('v', { title: 'V', values: ['a', 'b'], enumNames: ['A'] })).toThrow(
      /form field 'v': enumNames: 1 enumNames for 2 values\. Fix: give exactly one label per value/,
    );
    expect(() => FormField.string('v', { title: 'V', enumNames: ['A'] })).toThrow(
      /form field 'v': enumNames: enumNames without enum values/,
    );
  });

  test('default must be one of the enum values', () => {
    expect(() => FormField.enum('repository_type', { title: 'R', values: ['public', 'private'], default: 'Public' })).toThrow(
      /^form field 'repository_type': default: default 'Public' is not one of the enum values \[public, private\]\. Fix: add the default to the values or change the default$/,
    );
  });

  test('pattern must be a regex and match the default', () => {
    expect(() => FormField.string('a', { title: 'A', pattern: '([a-z' })).toThrow(
      "form field 'a': pattern: '([a-z' is not a valid regular expression (Invalid regular expression: /([a-z/: Unterminated character class). Fix: fix the regular expression",
    );
    expect(() => FormField.string('a', { title: 'A', pattern: '^[a-z]+$', default: 'ABC' })).toThrow(
      /form field 'a': default: default 'ABC' does not match pattern '\^\[a-z\]\+\$'/,
    );
  });

  test('length and range bounds', () => {
    expect(() => FormField.string('a', { title: 'A', minLength: 5, maxLength: 2 })).toThrow(
      "form field 'a': minLength: minLength 5 is greater than maxLength 2. Fix: swap or fix the bounds",
    );
    expect(() => FormField.string('a', { title: 'A', maxLength: -1 })).toThrow(
      /form field 'a': maxLength: -1 is not a non-negative integer/,
    );
    expect(() => FormField.string('a', { title: 'A', maxLength: 2, default: 'abc' })).toThrow(
      /form field 'a': default: default 'abc' is longer than maxLength 2/,
    );
    expect(() => FormField.string('a', { title: 'A', minLength: 4, default: 'abc' })).toThrow(
      /form field 'a': default: default 'abc' is shorter than minLength 4/,
    );
    expect(() => FormField.number('n', { title: 'N', minimum: 3, maximum: 1 })).toThrow(
      /form field 'n': minimum: minimum 3 is greater than maximum 1/,
    );
    expect(() => FormField.number('n', { title: 'N', minimum: 0, default: -1 })).toThrow(
      /form field 'n': default: default -1 is outside \[0, inf\]/,
    );
    expect(() => FormField.number('n', { title: 'N', default: Number.NaN })).toThrow(
      /form field 'n': default: default NaN is not a finite number/,
    );
    expect(() => FormField.array('l', { title: 'L', minItems: 2, maxItems: 1 })).toThrow(
      /form field 'l': minItems: minItems 2 is greater than maxItems 1/,
    );
  });

  test('array default values must be item values', () => {
    expect(() => FormField.array('l', { title: 'L', items: { enum: ['a'] }, default: ['b'] })).toThrow(
      /form field 'l': default: default value 'b' is not one of the item values \[a\]/,
    );
  });

  test('EntityPicker takes strings only; MultiEntityPicker arrays only', () => {
    expect(() => FormField.number('e', { title: 'E', uiField: UiField.entityPicker() })).toThrow(
      /^form field 'e': ui:field: EntityPicker supports only type string, but the field is type number\. Fix: declare the field as a string field, or use another ui:field$/,
    );
    expect(() => FormField.string('e', { title: 'E', uiField: UiField.multiEntityPicker() })).toThrow(
      /form field 'e': ui:field: MultiEntityPicker supports only type array, but the field is type string\. Fix: declare the field as an array field/,
    );
  });

  test('the token field brings its widget', () => {
    expect(() => FormField.string('t', { title: 'T', uiField: UiField.harnessAuthToken(), uiWidget: UiWidget.TEXTAREA })).toThrow(
      /form field 't': ui:widget: HarnessAuthToken needs ui:widget 'password', got 'textarea'\. Fix: remove uiWidget/,
    );
  });

  test('password widget only on strings; checkboxes only on arrays with item values', () => {
    expect(() => FormField.number('p', { title: 'P', uiWidget: UiWidget.PASSWORD })).toThrow(
      "form field 'p': ui:widget: the password widget masks text, but the field is type number. Fix: make the field a string field, or drop the password widget",
    );
    expect(() => FormField.array('c', { title: 'C', uiWidget: UiWidget.CHECKBOXES })).toThrow(
      /form field 'c': ui:widget: the checkboxes widget needs an array field with item values/,
    );
  });
});
