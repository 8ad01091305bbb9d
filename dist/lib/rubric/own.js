const own = (record, id) => record && Object.hasOwn(record, id) ? record[id] : void 0;

export { own };
