package org.waymark.render;

import freemarker.template.TemplateScalarModel;

/**
 * Markup in a page model that is made only when a template reads it ({@code ${value?no_esc}}).
 * Its key holds everything the markup is made from, and a page's digest ({@link ModelDigests})
 * takes the key instead: a page left as it was never makes it.
 */
interface LazyMarkup extends TemplateScalarModel {
    /** Every input of the markup, written out so that different inputs give a different key. */
    String key();
}
