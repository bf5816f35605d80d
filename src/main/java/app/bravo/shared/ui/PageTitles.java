package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * The one rule for browser tab titles: the page's own name, then "· Bravo", so that a person with
 * many tabs open can tell Bravo's apart. Every view's {@code getPageTitle()} returns {@link #of}.
 */
public final class PageTitles {

    public static final String SEPARATOR = " · ";

    private PageTitles() {
    }

    /** The tab title of a page named {@code page}, in the language of {@code view}. */
    public static String of(Component view, String page) {
        String app = view.getTranslation("app.name");
        return page.isBlank() ? app : page + SEPARATOR + app;
    }

    /** The page's own name in a tab title made by {@link #of}, for a page header. */
    public static String pageName(Component view, String title) {
        String suffix = SEPARATOR + view.getTranslation("app.name");
        return title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title;
    }
}
