import { checkServiceNowFields, renderServiceNowFields } from '../../../../src/pipeline/steps/custom/servicenow-field';
import { thrownMessage } from '../support';

describe('ServiceNow fields', () => {
  test('render as name/value pairs', () => {
    expect(renderServiceNowFields([{ name: 'state', value: '4' }])).toEqual([{ name: 'state', value: '4' }]);
    expect(renderServiceNowFields(undefined)).toBeUndefined();
  });

  test('names are set and unique, values set', () => {
    expect(thrownMessage(() => checkServiceNowFields([{ name: '', value: 'x' }], 'w'))).toBe(
      "w: spec.fields[0].name: is empty. Fix: give the ServiceNow field name, e.g. 'short_description'",
    );
    expect(
      thrownMessage(() =>
        checkServiceNowFields(
          [
            { name: 'state', value: '1' },
            { name: 'state', value: '2' },
          ],
          'w',
        ),
      ),
    ).toBe("w: spec.fields[1].name: field 'state' is listed twice. Fix: list each field once");
    expect(thrownMessage(() => checkServiceNowFields([{ name: 'state' } as any], 'w'))).toBe(
      'w: spec.fields[0].value: is required. Fix: give a value (the schema requires one)',
    );
  });
});
