package app.bravo.wall;

import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A customer's words about us, from submission through moderation to the wall. People and
 * departments it credits are kept by id: they belong to the people feature. The text is stored as
 * typed (see {@link FeedbackRules}); a moderator's redaction replaces the quote and sets
 * {@code redacted}.
 */
@Entity
@Table(name = "feedback_note")
public class FeedbackNote extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeedbackStatus status = FeedbackStatus.PENDING;

    @Column(nullable = false, length = FeedbackRules.QUOTE_MAX)
    private String quote;

    @Column(nullable = false)
    private boolean redacted;

    @Column(name = "customer_name", length = FeedbackRules.NAME_MAX)
    private @Nullable String customerName;

    @Column(length = FeedbackRules.COMPANY_MAX)
    private @Nullable String company;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    private @Nullable Integer score;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_type", length = 4)
    private @Nullable ScoreType scoreType;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "submitted_by", updatable = false)
    private @Nullable Long submittedBy;

    /** The API integration that posted it; its externalId is unique within that integration. */
    @Column(name = "api_integration_id", updatable = false)
    private @Nullable Long apiIntegrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private FeedbackSource source;

    @Column(name = "external_id", length = FeedbackRules.EXTERNAL_ID_MAX, updatable = false)
    private @Nullable String externalId;

    @Column(name = "reject_reason", length = FeedbackRules.REJECT_REASON_MAX)
    private @Nullable String rejectReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "moderated_by")
    private @Nullable Long moderatedBy;

    @Column(name = "moderated_at")
    private @Nullable Instant moderatedAt;

    @Column(name = "featured_on")
    private @Nullable LocalDate featuredOn;

    @ElementCollection
    @CollectionTable(name = "feedback_tag", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "tag", nullable = false, length = FeedbackRules.TAG_MAX)
    @BatchSize(size = 100)
    private Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "feedback_credit_person", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "person_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> creditedPeople = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "feedback_credit_department", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "department_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> creditedDepartments = new HashSet<>();

    protected FeedbackNote() {
    }

    public FeedbackNote(String quote, Channel channel, LocalDate receivedOn, FeedbackSource source,
                        @Nullable Long submittedBy, @Nullable String externalId, Instant createdAt) {
        setQuote(quote);
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.source = source;
        this.submittedBy = submittedBy;
        FeedbackRules.check(FeedbackRules.externalId(externalId));
        this.externalId = externalId;
        this.createdAt = createdAt;
    }

    /** Marks a new note as posted by an integration, before it is first saved. */
    void postedBy(long integrationId) {
        if (getId() != null) {
            throw new IllegalStateException("Only a new note takes its integration");
        }
        this.apiIntegrationId = integrationId;
    }

    // ---- moderation: the only ways a status changes ----

    void publish(long moderator, Instant now) {
        requireStatus(FeedbackStatus.PENDING);
        status = FeedbackStatus.PUBLISHED;
        publishedAt = now;
        moderated(moderator, now);
    }

    void reject(String reason, long moderator, Instant now) {
        requireStatus(FeedbackStatus.PENDING);
        FeedbackRules.check(FeedbackRules.text("reason", reason, true, FeedbackRules.REJECT_REASON_MAX, true));
        status = FeedbackStatus.REJECTED;
        rejectReason = FeedbackRules.normaliseMultiline(reason);
        moderated(moderator, now);
    }

    void archive(long moderator, Instant now) {
        if (status == FeedbackStatus.ARCHIVED) {
            throw new UserError("wall.error.wrong-status", status.name());
        }
        status = FeedbackStatus.ARCHIVED;
        moderated(moderator, now);
    }

    /** Marks the quote as changed by a moderator, which is how personal data is redacted. */
    void redact(String newQuote) {
        setQuote(newQuote);
        redacted = true;
    }

    private void moderated(long moderator, Instant now) {
        moderatedBy = moderator;
        moderatedAt = now;
    }

    private void requireStatus(FeedbackStatus expected) {
        if (status != expected) {
            throw new UserError("wall.error.wrong-status", status.name());
        }
    }

    // ---- fields ----

    public FeedbackStatus getStatus() {
        return status;
    }

    public String getQuote() {
        return quote;
    }

    void setQuote(String quote) {
        FeedbackRules.check(FeedbackRules.text("quote", quote, true, FeedbackRules.QUOTE_MAX, true));
        this.quote = FeedbackRules.normaliseMultiline(quote);
    }

    public boolean isRedacted() {
        return redacted;
    }

    /** The customer's name; {@code null} for an anonymous customer. */
    public @Nullable String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(@Nullable String customerName) {
        FeedbackRules.check(FeedbackRules.text("customerName", customerName, false, FeedbackRules.NAME_MAX, false));
        this.customerName = blankToNull(customerName);
    }

    public @Nullable String getCompany() {
        return company;
    }

    public void setCompany(@Nullable String company) {
        FeedbackRules.check(FeedbackRules.text("company", company, false, FeedbackRules.COMPANY_MAX, false));
        this.company = blankToNull(company);
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public @Nullable Integer getScore() {
        return score;
    }

    public @Nullable ScoreType getScoreType() {
        return scoreType;
    }

    /** Sets score and scale together; a score needs its scale, and a scale without a score is dropped. */
    public void setScore(@Nullable Integer score, @Nullable ScoreType type) {
        FeedbackRules.check(FeedbackRules.score(score, type));
        this.score = score;
        this.scoreType = score == null ? null : type;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn, LocalDate today) {
        FeedbackRules.check(FeedbackRules.receivedOn(receivedOn, today));
        this.receivedOn = receivedOn;
    }

    public @Nullable Long getSubmittedBy() {
        return submittedBy;
    }

    public FeedbackSource getSource() {
        return source;
    }

    public @Nullable Long getApiIntegrationId() {
        return apiIntegrationId;
    }

    public @Nullable String getExternalId() {
        return externalId;
    }

    public @Nullable String getRejectReason() {
        return rejectReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable Long getModeratedBy() {
        return moderatedBy;
    }

    public @Nullable Instant getModeratedAt() {
        return moderatedAt;
    }

    public @Nullable LocalDate getFeaturedOn() {
        return featuredOn;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public void setTags(List<String> tags) {
        FeedbackRules.check(FeedbackRules.tags(List.copyOf(tags)));
        this.tags.clear();
        tags.forEach(t -> this.tags.add(FeedbackRules.normaliseTag(t)));
    }

    public Set<Long> getCreditedPeople() {
        return Set.copyOf(creditedPeople);
    }

    public void setCreditedPeople(Collection<Long> ids) {
        if (ids.size() > FeedbackRules.CREDITED_MAX) {
            throw new InvalidFeedback(List.of(new FieldProblem("credited", "wall.error.too-many", FeedbackRules.CREDITED_MAX)));
        }
        creditedPeople.clear();
        creditedPeople.addAll(ids);
    }

    public Set<Long> getCreditedDepartments() {
        return Set.copyOf(creditedDepartments);
    }

    public void setCreditedDepartments(Collection<Long> ids) {
        if (ids.size() > FeedbackRules.CREDITED_MAX) {
            throw new InvalidFeedback(List.of(new FieldProblem("departments", "wall.error.too-many", FeedbackRules.CREDITED_MAX)));
        }
        creditedDepartments.clear();
        creditedDepartments.addAll(ids);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
