const indexes = /* @__PURE__ */ new WeakMap();
function byId(list) {
  let index = indexes.get(list);
  if (!index) indexes.set(list, index = new Map(list.map((item) => [item.id, item]).reverse()));
  return index;
}

export { byId };
