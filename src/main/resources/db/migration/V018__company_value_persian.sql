-- Company values speak both of Bravo's languages (issue 13): a Persian name and description beside
-- the English ones. Existing values start with their English words, so that nothing is empty until
-- HR writes the Persian ones; the Persian name is unique as the English one is.
ALTER TABLE company_value
    ADD COLUMN name_fa        VARCHAR(60)  NULL AFTER name,
    ADD COLUMN description_fa VARCHAR(400) NULL AFTER description;

UPDATE company_value SET name_fa = name, description_fa = description;

ALTER TABLE company_value
    MODIFY name_fa        VARCHAR(60)  NOT NULL,
    MODIFY description_fa VARCHAR(400) NOT NULL,
    ADD CONSTRAINT uk_company_value_name_fa UNIQUE (name_fa);
