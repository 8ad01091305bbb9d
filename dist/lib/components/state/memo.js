function perObject(make) {
  const made = /* @__PURE__ */ new WeakMap();
  return (object, key) => {
    const last = made.get(object);
    if (last && last.key === key) return last.value;
    const value = make(object, key);
    made.set(object, { key, value });
    return value;
  };
}

export { perObject };
