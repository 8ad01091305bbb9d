const forType = (table, question) => table[question.type];

export { forType };
