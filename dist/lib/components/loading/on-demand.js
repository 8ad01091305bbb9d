const retryQuery = (failures) => failures ? `?retry=${failures}` : "";

export { retryQuery };
