export default _default;
declare function _default(): import("lit").CSSResult;
