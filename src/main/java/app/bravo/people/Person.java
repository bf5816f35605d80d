package app.bravo.people;

import app.bravo.shared.TextRules;
import app.bravo.security.Role;
import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A person of the company: directory entry and sign-in account in one. */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;
    public static final int TITLE_MAX = 120;
    /** The longest "about me", in characters. */
    public static final int ABOUT_MAX = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "job_title", length = TITLE_MAX)
    private @Nullable String jobTitle;

    @Column(name = "about_me", length = ABOUT_MAX)
    private @Nullable String aboutMe;

    @Column(name = "photo_key", length = 22)
    private @Nullable String photoKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private @Nullable Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private @Nullable Person manager;

    @Column(name = "hire_date")
    private @Nullable LocalDate hireDate;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", length = 255)
    private @Nullable String passwordHash;

    @Column(nullable = false, length = 8)
    private String language = "en";

    @Column(nullable = false, length = 8)
    private String theme = "light";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Person() {
    }

    public Person(String email, String displayName) {
        setEmail(email);
        setDisplayName(displayName);
    }

    /** Lower-cases and checks an e-mail address; the directory and sign-in compare them this way. */
    public static String normaliseEmail(String email) {
        String e = TextRules.check(email, true, EMAIL_MAX, "people.error.email").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(e).matches()) {
            throw new UserError("people.error.email");
        }
        return e;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normaliseEmail(email);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        String n = TextRules.check(displayName, true, NAME_MAX, "people.error.name");
        this.displayName = n;
    }

    public @Nullable String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(@Nullable String jobTitle) {
        String t = jobTitle == null ? null : TextRules.check(jobTitle, false, TITLE_MAX, "people.error.title");
        this.jobTitle = t == null || t.isEmpty() ? null : t;
    }

    /** What the person wrote about themselves: plain text, line breaks kept, nothing else invisible. */
    public @Nullable String getAboutMe() {
        return aboutMe;
    }

    public void setAboutMe(@Nullable String aboutMe) {
        String t = aboutMe == null ? "" : aboutMe.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.codePointCount(0, t.length()) > ABOUT_MAX) {
            throw new UserError("settings.about.too-long", ABOUT_MAX);
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new UserError("settings.about.invalid");
        }
        this.aboutMe = t.isEmpty() ? null : t;
    }

    /** The key of the person's photo among the stored files, if they uploaded one. */
    public @Nullable String getPhotoKey() {
        return photoKey;
    }

    public void setPhotoKey(@Nullable String photoKey) {
        this.photoKey = photoKey;
    }

    public @Nullable Department getDepartment() {
        return department;
    }

    public void setDepartment(@Nullable Department department) {
        this.department = department;
    }

    public @Nullable Person getManager() {
        return manager;
    }

    public void setManager(@Nullable Person manager) {
        if (manager != null && manager.equals(this)) {
            throw new UserError("people.error.self-manager");
        }
        this.manager = manager;
    }

    public @Nullable LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(@Nullable LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    /** Package-private: only the people feature's services change a password, after the policy check. */
    void setPasswordHash(@Nullable String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    /** The roles held, EMPLOYEE always among them. */
    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        EnumSet<Role> r = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        r.add(Role.EMPLOYEE);
        this.roles.clear();
        this.roles.addAll(r);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
