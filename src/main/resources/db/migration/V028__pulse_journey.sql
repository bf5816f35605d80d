-- The employee journey map (issue 14 point 8, DESIGN section 2.4; docs/decisions/DD025): the
-- touchpoints of each journey stage, classed as a task (something the employee does), mechanical
-- (a system or a document) or human (a person they meet), edited by HR. The stages are the fixed
-- JourneyStage values; a stage's experience score is computed from the pulse answers, never stored.
--
-- The default touchpoints are seeded here, once per database, so that every fresh install shows a
-- sensible map and HR's later edits (even removing them all) are never undone by a restart.

CREATE TABLE pulse_journey_touchpoint (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    stage           VARCHAR(16) NOT NULL,          -- JourneyStage
    position        INT NOT NULL,                  -- 1 first, within the stage
    kind            VARCHAR(12) NOT NULL,          -- TouchpointKind: TASK, MECHANICAL, HUMAN
    name_en         VARCHAR(120) NOT NULL,
    name_fa         VARCHAR(120) NOT NULL,
    description_en  VARCHAR(300) NULL,
    description_fa  VARCHAR(300) NULL,
    version         INT NOT NULL DEFAULT 0,
    CONSTRAINT ck_pulse_journey_touchpoint_stage
        CHECK (stage IN ('RECRUITING', 'ONBOARDING', 'EVERYDAY_WORK', 'GROWTH', 'RECOGNITION', 'LEAVING')),
    CONSTRAINT ck_pulse_journey_touchpoint_kind CHECK (kind IN ('TASK', 'MECHANICAL', 'HUMAN')),
    INDEX ix_pulse_journey_touchpoint_stage (stage, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO pulse_journey_touchpoint (stage, position, kind, name_en, name_fa, description_en, description_fa) VALUES
('RECRUITING', 1, 'MECHANICAL', 'Job advert', 'آگهی شغلی', 'The advert and careers page a candidate first reads.', 'آگهی و صفحه‌ی فرصت‌های شغلی که داوطلب نخست می‌خواند.'),
('RECRUITING', 2, 'TASK', 'Application', 'ارسال درخواست', 'Sending the CV and filling in the form.', 'فرستادن رزومه و پر کردن فرم.'),
('RECRUITING', 3, 'HUMAN', 'Interviews', 'مصاحبه‌ها', 'Meeting the hiring manager and the team.', 'دیدار با مدیر استخدام و تیم.'),
('RECRUITING', 4, 'TASK', 'Offer and contract', 'پیشنهاد و قرارداد', 'Reading, negotiating and signing the offer.', 'خواندن، گفت‌وگو و امضای پیشنهاد همکاری.'),
('ONBOARDING', 1, 'MECHANICAL', 'Accounts and equipment', 'حساب‌ها و تجهیزات', 'Laptop, e-mail and access ready on the first day.', 'رایانه، ایمیل و دسترسی‌ها آماده در روز نخست.'),
('ONBOARDING', 2, 'HUMAN', 'Welcome by the team', 'خوش‌آمد تیم', 'The first day with the manager and a buddy.', 'روز نخست با مدیر و یک همراه.'),
('ONBOARDING', 3, 'TASK', 'Onboarding checklist', 'فهرست کارهای آغاز به کار', 'Paperwork, trainings and first goals.', 'کارهای اداری، آموزش‌ها و نخستین هدف‌ها.'),
('EVERYDAY_WORK', 1, 'MECHANICAL', 'Tools and systems', 'ابزارها و سامانه‌ها', 'The software and equipment used every day.', 'نرم‌افزار و تجهیزاتی که هر روز به کار می‌رود.'),
('EVERYDAY_WORK', 2, 'HUMAN', 'One-to-ones with the manager', 'گفت‌وگوی دونفره با مدیر', NULL, NULL),
('EVERYDAY_WORK', 3, 'TASK', 'Requesting leave', 'درخواست مرخصی', NULL, NULL),
('GROWTH', 1, 'HUMAN', 'Performance review', 'ارزیابی عملکرد', 'The yearly conversation about goals and progress.', 'گفت‌وگوی سالانه درباره‌ی هدف‌ها و پیشرفت.'),
('GROWTH', 2, 'MECHANICAL', 'Learning budget and courses', 'بودجه‌ی یادگیری و دوره‌ها', NULL, NULL),
('GROWTH', 3, 'TASK', 'Applying for an internal role', 'درخواست جایگاه درون‌سازمانی', NULL, NULL),
('RECOGNITION', 1, 'HUMAN', 'Thanks from colleagues', 'قدردانی همکاران', 'Kudos and big wins on Bravo.', 'تشویق‌ها و موفقیت‌های بزرگ در براوو.'),
('RECOGNITION', 2, 'MECHANICAL', 'Rewards and awards', 'پاداش‌ها و جایزه‌ها', NULL, NULL),
('RECOGNITION', 3, 'HUMAN', 'Work anniversaries', 'سالگرد همکاری', NULL, NULL),
('LEAVING', 1, 'TASK', 'Resignation and notice', 'استعفا و دوره‌ی اطلاع', NULL, NULL),
('LEAVING', 2, 'HUMAN', 'Exit conversation', 'گفت‌وگوی پایان همکاری', 'An honest talk about why one leaves.', 'گفت‌وگویی صادقانه درباره‌ی دلیل رفتن.'),
('LEAVING', 3, 'MECHANICAL', 'Handover and final pay', 'تحویل کار و تسویه‌ی نهایی', NULL, NULL);
