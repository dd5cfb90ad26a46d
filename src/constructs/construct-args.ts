import { Construct, type IConstruct } from 'constructs';
import { describeValue, requireProps } from '../core/arguments';
import { ValidationError } from '../core/errors';
import { rejectPropValueProblems } from '../core/value-problems';

/**
 * @internal
 * The checked id of a construct of the library, for `super(scope, childId(scope, id, new.target.name))`: the scope
 * is a construct and the id is a string not yet used in it (docs/rules.md#construct-id). Without the check, a
 * JavaScript caller gets a `TypeError` and a second `K8sScale(team, 'scale')` the bare
 * `There is already a Construct with name 'scale'` of the constructs library, with no path and no fix.
 * @param kind the construct class, for the message
 */
export function childId(scope: unknown, id: unknown, kind: string): string {
  if (!Construct.isConstruct(scope)) {
    throw new ValidationError([
      {
        path: `new ${kind}`,
        field: 'scope',
        problem: `expects a construct (a stack, or a construct in one), got ${describeValue(scope)}`,
        fix: `pass the stack as the first argument, e.g. new ${kind}(stack, 'my_id', {...})`,
      },
    ]);
  }
  const parent = scope.node.path;
  const at = (problem: string, fix: string): ValidationError =>
    new ValidationError([{ construct: parent === '' ? undefined : parent, path: `new ${kind}`, field: 'id', problem, fix }]);
  if (typeof id !== 'string' || id.trim() === '') {
    throw at(
      `expects a non-empty string, got ${describeValue(id)}`,
      `pass the construct's id as the second argument, e.g. new ${kind}(stack, 'my_id', {...})`,
    );
  }
  const existing = scope.node.tryFindChild(id);
  if (existing !== undefined) {
    throw at(
      `there is already a construct with the id '${id}' in '${parent || 'the app'}' (${describeConstruct(existing)}), ` +
        'so the construct paths and the Terraform names would collide',
      `give each construct a unique id within its scope, e.g. '${id}_2', or create it in another scope`,
    );
  }
  return id;
}

/**
 * @internal
 * Checks a construct's props at its construction: an object (JavaScript callers), and no factory value among them
 * that carries a problem (docs/rules.md#factory-value-problems); each problem names the construct and the prop.
 * @param example a minimal valid props object, for the fix
 */
export function constructProps<T>(construct: IConstruct, props: T, example: string): NonNullable<T> {
  try {
    requireProps(props, '', example);
    rejectPropValueProblems(props, '', construct.node.path);
  } catch (e) {
    if (e instanceof ValidationError) throw e.inConstruct(construct.node.path);
    throw e;
  }
  return props as NonNullable<T>;
}

function describeConstruct(c: IConstruct): string {
  const name = (c as object).constructor?.name;
  return name === undefined || name === 'Object' ? 'a construct' : `a ${name}`;
}
