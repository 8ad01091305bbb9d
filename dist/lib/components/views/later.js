import { nothing } from 'lit';

const later = (context, content) => context.later ? nothing : content();

export { later };
