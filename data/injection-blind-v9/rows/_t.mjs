export const multi = (c, l, doc, atk, ben) => [
  ...atk.map(a => [1, c, l, doc.replace('{{X}}', () => a)]),
  ...ben.map(b => [0, c, l, doc.replace('{{X}}', () => b)]),
];
