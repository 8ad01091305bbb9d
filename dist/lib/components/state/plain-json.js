function plainJson(value) {
  if (Array.isArray(value)) return `[${value.map((item) => plainJson(item ?? null)).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value;
    return `{${Object.keys(record).filter((key) => record[key] !== void 0).map((key) => `${JSON.stringify(key)}:${plainJson(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
const copied = (detail) => typeof structuredClone === "function" ? structuredClone(detail) : JSON.parse(plainJson(detail));

export { copied, plainJson };
