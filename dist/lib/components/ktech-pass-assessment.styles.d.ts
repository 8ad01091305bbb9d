declare const styles: import("lit").CSSResult[];
export default styles;
