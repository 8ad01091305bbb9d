import { html, LitElement } from 'lit';
import styles from './ktech-pass-assessment.styles.js';

/**
 * A self-assessment for Korea's K-Tech Pass and the F-2-T visa.
 *
 * @summary Check, in the browser, whether you qualify for K-Tech Pass.
 */
export class KtechPassAssessment extends LitElement {
  static override styles = styles;

  override render() {
    return html`<section part="base"><h2>K-Tech Pass self-assessment</h2></section>`;
  }
}
