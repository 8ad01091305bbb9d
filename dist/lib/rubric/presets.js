function presetAnswers(rubric, attributes) {
  const answers = {};
  const issues = [];
  for (const attribute of Object.keys(attributes)) {
    const value = attributes[attribute];
    if (!value) continue;
    const question = rubric.questions.find((candidate) => candidate.hostAttribute === attribute);
    if (question?.type !== "choice") {
      issues.push({ path: attribute, message: `rubric ${rubric.id} has no question that ${attribute} answers` });
    } else if (question.options.some((option) => option.id === value)) {
      answers[question.id] = value;
    } else {
      issues.push({
        path: attribute,
        message: `"${value}" is not one of ${question.options.map((option) => option.id).join(", ")}`
      });
    }
  }
  return { answers, issues };
}

export { presetAnswers };
