import { EdgeStyle, Flowchart, NodeShape } from '../../src/diagram/flowchart';

describe('Flowchart', () => {
  test('writes nodes in their subgraphs, then edges, class definitions and class assignments by class name', () => {
    const chart = new Flowchart('LR');
    chart
      .node('a', 'A', NodeShape.BOX, ['z'])
      .subgraph('g', 'G', () => {
        chart.node('b', 'B', NodeShape.ROUNDED, ['y', 'z']);
      })
      .node('c', 'C', NodeShape.HEXAGON)
      .node('d', 'D', NodeShape.SUBROUTINE)
      .node('e', 'E', NodeShape.PARALLELOGRAM)
      .edge('a', 'g')
      .edge('b', 'c', EdgeStyle.DOTTED, 'label')
      .classDef('z', 'fill:#fff');
    expect(chart.toString()).toBe(
      [
        'flowchart LR',
        '  a["A"]',
        '  subgraph g["G"]',
        '    b("B")',
        '  end',
        '  c{{"C"}}',
        '  d[["D"]]',
        '  e[/"E"/]',
        '  a --> g',
        '  b -.->|"label"| c',
        '  classDef z fill:#fff',
        '  class b y',
        '  class a,b z',
      ].join('\n'),
    );
    expect(chart.uses('y')).toBe(true);
    expect(chart.uses('x1')).toBe(false);
  });

  test.each(['end', 'subgraph', 'o1', 'x1', '1a', 'a-b', 'a b', ''])('refuses %j as an id', (id) => {
    expect(() => new Flowchart('TD').node(id, 'x')).toThrow(`internal: '${id}' is not a safe Mermaid id`);
  });
});
