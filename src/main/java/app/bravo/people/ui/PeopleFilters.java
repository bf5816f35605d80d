package app.bravo.people.ui;

import app.bravo.people.DepartmentNode;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The filters over people that the directory and the people administration share: the search field and the department. */
final class PeopleFilters {

    private PeopleFilters() {
    }

    /** A name search read as one types (at most 100 characters), and a department to choose or clear; either runs {@code refresh}. */
    static void setUp(TextField search, ComboBox<DepartmentNode> department, Runnable refresh) {
        search.setPlaceholder(search.getTranslation("people.search.placeholder"));
        search.setAriaLabel(search.getTranslation("people.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.addValueChangeListener(e -> refresh.run());
        department.setPlaceholder(department.getTranslation("people.filter.department"));
        department.setAriaLabel(department.getTranslation("people.filter.department"));
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> refresh.run());
    }
}
