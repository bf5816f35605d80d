package app.bravo.pulse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The made-up answers of the demo company's past engagement rounds (issue 14 point 9): each
 * department has its own level per driver, recognition improves and wellbeing and workload dip a
 * little from month to month, and each person has a mood of their own, so that the charts tell a
 * story. Comments come from a pool in English and Persian, picked by the answerer's lowest (or, when
 * all is well, highest) score. Everything follows from fixed seeds, so each start and each test
 * makes the same answers for the same people.
 */
final class PulseDemoAnswers {

    /** The share of the audience that answers each past round, oldest first. */
    static final double[] SHARE = {0.66, 0.72, 0.78, 0.83};

    private static final long SEED = 20261202L;

    /** How much each driver moves per month, from the oldest round on. */
    private static final Map<Driver, Double> TREND = new EnumMap<>(Map.of(
            Driver.RECOGNITION, 0.3, Driver.WELLBEING, -0.22, Driver.WORKLOAD, -0.12, Driver.GROWTH, 0.06));

    /** Per department: recognition, growth, manager, workload, customer focus, wellbeing (1-5), and the share who comment. */
    private static final Map<String, double[]> LEVELS = Map.ofEntries(
            Map.entry("Executive Office", new double[] {3.8, 3.9, 4.0, 2.8, 4.4, 3.6, 0.0}),
            Map.entry("Customer Success", new double[] {3.1, 3.5, 4.2, 3.0, 4.6, 3.7, 0.6}),
            Map.entry("Customer Support", new double[] {2.7, 3.0, 4.0, 2.5, 4.4, 3.3, 0.6}),
            Map.entry("Sales", new double[] {3.7, 3.3, 3.4, 3.1, 4.3, 3.5, 0.15}),
            Map.entry("Marketing", new double[] {3.3, 3.9, 3.7, 3.5, 3.7, 4.0, 0.15}),
            Map.entry("Engineering", new double[] {3.2, 4.0, 3.8, 3.0, 3.5, 3.6, 0.6}),
            Map.entry("Platform Engineering", new double[] {2.9, 4.2, 3.9, 3.2, 3.2, 3.9, 0.6}),
            Map.entry("Mobile Engineering", new double[] {2.8, 3.7, 3.3, 2.8, 3.4, 3.4, 0.6}),
            Map.entry("Product", new double[] {3.4, 3.9, 3.8, 3.3, 4.1, 3.8, 0.15}),
            Map.entry("Design", new double[] {3.5, 3.6, 4.3, 3.5, 3.9, 4.1, 0.15}),
            Map.entry("People & Culture", new double[] {4.0, 3.7, 4.0, 3.0, 3.6, 4.0, 0.15}),
            Map.entry("Finance", new double[] {3.0, 3.1, 3.6, 2.7, 3.1, 3.5, 0.15}),
            Map.entry("IT", new double[] {2.6, 3.3, 3.7, 3.0, 3.2, 3.5, 0.15}));

    private static final double[] ELSEWHERE = {3.3, 3.5, 3.7, 3.1, 3.6, 3.7, 0.15};

    private static final List<Driver> DRIVERS = List.of(Driver.RECOGNITION, Driver.GROWTH, Driver.MANAGER, Driver.WORKLOAD,
            Driver.CUSTOMER_FOCUS, Driver.WELLBEING);

    /** A comment of the pool: what it is about (null: anything), whether it praises, and its words. */
    record Comment(@Nullable Driver driver, boolean praise, String text) {
    }

    static final List<Comment> COMMENTS = List.of(
            new Comment(Driver.RECOGNITION, false, "Wins in our team often go unnoticed outside it. A quick thank-you from leadership would mean a lot."),
            new Comment(Driver.RECOGNITION, false, "We celebrate the big launches, but not the quiet work that keeps everything running."),
            new Comment(Driver.RECOGNITION, false, "قدردانی بیشتر به نتیجه‌ی نهایی توجه دارد تا به تلاشی که پشت آن است."),
            new Comment(Driver.RECOGNITION, false, "It would be lovely if managers passed on the praise customers send us to the whole team."),
            new Comment(Driver.RECOGNITION, false, "گاهی زحمت همکاران پشتیبانی دیده نمی‌شود؛ یک تشکر ساده خیلی اثر دارد."),
            new Comment(Driver.RECOGNITION, true, "The kudos wall has made it so much easier to say thanks across teams. Please keep it!"),
            new Comment(Driver.RECOGNITION, true, "Someone from another department thanked me publicly this month, and it made my week."),
            new Comment(Driver.RECOGNITION, true, "دیوار قدردانی فضای تیم را واقعاً بهتر کرده است. ممنون!"),
            new Comment(Driver.GROWTH, false, "I'd love a clearer path to the next level. Right now it feels like guesswork."),
            new Comment(Driver.GROWTH, false, "Could we have a small learning budget, or a few hours a month for courses?"),
            new Comment(Driver.GROWTH, false, "دوست دارم برنامه‌ی روشن‌تری برای رشد شغلی داشته باشیم."),
            new Comment(Driver.GROWTH, true, "The mentoring programme has been really helpful for me."),
            new Comment(Driver.GROWTH, true, "I've learned more in these last months than in the whole year before. Thank you for the trust."),
            new Comment(Driver.GROWTH, true, "جلسه‌های اشتراک دانش هر دو هفته یک بار عالی است."),
            new Comment(Driver.MANAGER, false, "One-to-ones get cancelled when things are busy, and that is exactly when they matter most."),
            new Comment(Driver.MANAGER, false, "کاش جلسه‌های فردی با مدیر منظم‌تر برگزار شود."),
            new Comment(Driver.MANAGER, true, "My manager always makes time when I'm stuck. I really appreciate it."),
            new Comment(Driver.MANAGER, true, "مدیرم همیشه با حوصله گوش می‌دهد و کمک می‌کند."),
            new Comment(Driver.WORKLOAD, false, "Too many meetings leave little time for focused work. Could we try a meeting-free afternoon?"),
            new Comment(Driver.WORKLOAD, false, "The ticket queue has grown faster than the team. We need another pair of hands."),
            new Comment(Driver.WORKLOAD, false, "Priorities change mid-sprint quite often, which makes planning hard."),
            new Comment(Driver.WORKLOAD, false, "حجم کار در پایان ماه خیلی زیاد می‌شود؛ بهتر است کارها را زودتر تقسیم کنیم."),
            new Comment(Driver.WORKLOAD, false, "تعداد جلسه‌ها زیاد است و وقت کافی برای تمرکز نمی‌ماند."),
            new Comment(Driver.WORKLOAD, true, "The new on-call rota has made evenings much calmer."),
            new Comment(Driver.CUSTOMER_FOCUS, false, "We rarely hear how customers actually use what we build. A few of their stories would help."),
            new Comment(Driver.CUSTOMER_FOCUS, false, "دوست دارم بازخورد مشتریان را مستقیم‌تر بشنویم."),
            new Comment(Driver.CUSTOMER_FOCUS, true, "Joining customer calls has given me a much better sense of why my work matters."),
            new Comment(Driver.CUSTOMER_FOCUS, true, "شنیدن داستان مشتری‌ها در جلسه‌ی ماهانه خیلی الهام‌بخش بود."),
            new Comment(Driver.WELLBEING, false, "The last few weeks have been intense. A little breathing room after the release would help everyone."),
            new Comment(Driver.WELLBEING, false, "With messages coming in at night, I find it hard to switch off in the evenings."),
            new Comment(Driver.WELLBEING, false, "این روزها خستگی در تیم محسوس است؛ شاید کمی استراحت بعد از این فصل کمک کند."),
            new Comment(Driver.WELLBEING, false, "Could we agree on quiet hours for chat? It would help a lot."),
            new Comment(Driver.WELLBEING, false, "کمی انعطاف بیشتر در ساعت کاری برای پدرها و مادرها خیلی کمک می‌کند."),
            new Comment(Driver.WELLBEING, true, "I feel safe raising concerns here, and that's rare. Thank you."),
            new Comment(Driver.WELLBEING, true, "احساس می‌کنم این‌جا می‌توانم راحت و بی‌نگرانی نظرم را بگویم."),
            new Comment(null, true, "Overall a good month. Clearer updates from leadership on our plans would be welcome."),
            new Comment(null, true, "Thanks for asking, and for actually sharing what you hear."),
            new Comment(null, true, "ممنون که نظر ما را می‌پرسید و نتیجه را با ما در میان می‌گذارید."),
            new Comment(null, true, "The office coffee machine deserves an upgrade. ☕"),
            new Comment(null, true, "Please keep the monthly pulse this short: it takes a minute to answer."),
            new Comment(null, false, "نظرسنجی کوتاه و خوبی است؛ امیدوارم نتیجه‌اش را در عمل ببینیم."));

    /** A person of the demo company who may answer: their department's name decides their levels. */
    record Respondent(long personId, @Nullable String department) {
    }

    /** What one respondent gives: a score per driver and perhaps a comment. */
    record Given(long personId, Map<Driver, Integer> scores, @Nullable String comment) {
    }

    private PulseDemoAnswers() {
    }

    /**
     * The answers of past round {@code month} (0 the oldest) from the people who may answer it, in
     * person order: {@link #SHARE} of them, always including {@code alwaysAnswers} (whose small
     * department then has an answer to hide).
     */
    static List<Given> round(int month, List<Respondent> people, @Nullable Long alwaysAnswers) {
        Random random = new Random(SEED + 31L * month);
        Set<String> used = new HashSet<>();
        var out = new ArrayList<Given>();
        for (Respondent r : people) {
            boolean answers = random.nextDouble() < SHARE[month] || Long.valueOf(r.personId()).equals(alwaysAnswers);
            if (!answers) {
                continue;
            }
            // a mood of their own that lasts from round to round (SplittableRandom: nearby seeds give unrelated numbers)
            double mood = new SplittableRandom(SEED + r.personId()).nextGaussian() * 0.45;
            double[] level = r.department() == null ? ELSEWHERE : LEVELS.getOrDefault(r.department(), ELSEWHERE);
            Map<Driver, Integer> scores = new EnumMap<>(Driver.class);
            for (int i = 0; i < DRIVERS.size(); i++) {
                Driver d = DRIVERS.get(i);
                double v = level[i] + TREND.getOrDefault(d, 0.0) * month + mood + random.nextGaussian() * 0.7;
                scores.put(d, (int) Math.max(1, Math.min(5, Math.round(v))));
            }
            String comment = random.nextDouble() < level[6] ? comment(scores, used, random) : null;
            out.add(new Given(r.personId(), scores, comment));
        }
        return out;
    }

    /** A comment about the lowest score, or in praise of the highest when nothing is below 4; none twice in a round while others are left. */
    private static String comment(Map<Driver, Integer> scores, Set<String> used, Random random) {
        Driver lowest = DRIVERS.stream().min((a, b) -> scores.get(a) - scores.get(b)).orElseThrow();
        Driver highest = DRIVERS.stream().max((a, b) -> scores.get(a) - scores.get(b)).orElseThrow();
        boolean praise = scores.get(lowest) >= 4;
        Driver about = praise ? highest : lowest;
        List<Comment> fitting = COMMENTS.stream().filter(c -> c.praise() == praise && about == c.driver()
                && !used.contains(c.text())).toList();
        if (fitting.isEmpty()) {
            fitting = COMMENTS.stream().filter(c -> c.driver() == null && !used.contains(c.text())).toList();
        }
        if (fitting.isEmpty()) {
            fitting = COMMENTS;
        }
        String text = fitting.get(random.nextInt(fitting.size())).text();
        used.add(text);
        return text;
    }
}
