-- SuiteCRM's own tables, as SuiteCRM 7.14.6 creates them on MySQL/MariaDB: only the tables the `suitecrm` source
-- profile reads (src/main/resources/com/b2bsales/kpi/crm/profiles/suitecrm/*.sql).
--
-- Transcribed from repository salesagility/SuiteCRM, tag v7.14.6 (commit e572230abd0dad205b24a96acce72590b20bf69d),
-- column for column: the vardefs were merged the way include/SugarObjects/VardefManager.php merges them
-- (templates in reverse order, array_merge(template fields, module fields): a template's columns come first,
-- a module field of the same name replaces the template's in the template's place) and each column written the way
-- include/database/DBManager.php::oneColumnSQLRep() and include/database/MysqlManager.php (type_map, keysSQL,
-- createTableSQLParams) write it:
--   * type: the field's dbType if set, else its type, through MysqlManager::$type_map: id -> char(36),
--     enum/varchar/relate/url -> varchar(len, default 255), bool -> bool (= tinyint(1), written so here),
--     currency -> decimal(26,6), double -> double, date -> date, datetime -> datetime, text/multienum -> text
--     (text(len) when a len is given), int -> int(len) (plain int without len).
--   * NOT NULL only for a column named `id`, a type 'id' field that is required, an auto_increment column, or a
--     required field with 'isnull' => 'false'. Everything else is NULL, `deleted` too: `deleted` is
--     tinyint(1) NULL DEFAULT '0', so a NULL deleted is possible and is not 0.
--   * DEFAULT only where the vardef has a non-empty 'default' (never on text columns), quoted as SuiteCRM quotes it.
--   * Fields with 'source' => 'non-db' (relate names, links, email1, full_name, ...) are not columns.
--   * Indexes: the vardef 'indices' (template ones first); 'primary' -> PRIMARY KEY (its vardef name is lost, as
--     in MySQL), 'index'/'alternate_key' -> KEY <name>. No fulltext index is declared for these tables.
-- Not here: the *_cstm custom-field tables, and columns that custom/Extension vardefs add on an installation.
--
-- Character set and collation: SuiteCRM's MysqlManager defaults to utf8 / utf8_general_ci. These tables use its
-- 4-byte counterpart utf8mb4 / utf8mb4_general_ci: case-insensitive, accent-insensitive and (on MariaDB,
-- PAD SPACE) blind to trailing spaces, like SuiteCRM's own, which is why the profile compares keys with BINARY.
-- Loads into MySQL 8 and MariaDB 10.11 under MySQL 8's default sql_mode (ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,
-- NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION). Not re-runnable on purpose:
-- load it into an empty database.

-- users: $dictionary['User'] of modules/Users/vardefs.php alone (no VardefManager::createVardef, no template).
--   deleted and is_group have no 'default' there, so they are NULL when a row is written without them.
--   idx_user_name has the prefix parts 'last_name (30)' and 'first_name (30)' as the vardef spells them.
--   PRIMARY KEY is the module's 'userspk'.
CREATE TABLE users (
  -- columns from modules/Users/vardefs.php
  `id` char(36) NOT NULL,
  `user_name` varchar(60) NULL,
  `user_hash` varchar(255) NULL,
  `system_generated_password` tinyint(1) NULL,
  `pwd_last_changed` datetime NULL,
  `authenticate_id` varchar(100) NULL,
  `sugar_login` tinyint(1) DEFAULT '1' NULL,
  `first_name` varchar(255) NULL,
  `last_name` varchar(255) NULL,
  `is_admin` tinyint(1) DEFAULT '0' NULL,
  `external_auth_only` tinyint(1) DEFAULT '0' NULL,
  `receive_notifications` tinyint(1) DEFAULT '1' NULL,
  `description` text NULL,
  `date_entered` datetime NULL,
  `date_modified` datetime NULL,
  `modified_user_id` char(36) NULL,
  `created_by` char(36) NULL,
  `title` varchar(50) NULL,
  `photo` varchar(255) NULL,
  `department` varchar(50) NULL,
  `phone_home` varchar(50) NULL,
  `phone_mobile` varchar(50) NULL,
  `phone_work` varchar(50) NULL,
  `phone_other` varchar(50) NULL,
  `phone_fax` varchar(50) NULL,
  `status` varchar(100) NULL,
  `address_street` varchar(150) NULL,
  `address_city` varchar(100) NULL,
  `address_state` varchar(100) NULL,
  `address_country` varchar(100) NULL,
  `address_postalcode` varchar(20) NULL,
  `deleted` tinyint(1) NULL,
  `portal_only` tinyint(1) DEFAULT '0' NULL,
  `show_on_employees` tinyint(1) DEFAULT '1' NULL,
  `employee_status` varchar(100) NULL,
  `messenger_id` varchar(100) NULL,
  `messenger_type` varchar(100) NULL,
  `reports_to_id` char(36) NULL,
  `is_group` tinyint(1) NULL,
  `factor_auth` tinyint(1) NULL,
  `factor_auth_interface` varchar(255) NULL,
  PRIMARY KEY (id),
  KEY idx_user_name (user_name, is_group, status, last_name (30), first_name (30), id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- accounts: $dictionary['Account'] of modules/Accounts/vardefs.php, built by
--   VardefManager::createVardef('Accounts', 'Account', ['default', 'assignable', 'security_groups', 'company'])
--   from include/SugarObjects/templates/basic/vardefs.php, include/SugarObjects/implements/assignable/vardefs.php,
--   include/SugarObjects/implements/security_groups/vardefs.php (no column) and
--   include/SugarObjects/templates/company/vardefs.php.
--   company's 'name' (varchar 150) replaces basic's in basic's place; company's '<object>_type' is account_type.
--   PRIMARY KEY is basic's 'accountspk'.
CREATE TABLE accounts (
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `id` char(36) NOT NULL,
  -- columns from include/SugarObjects/templates/company/vardefs.php
  `name` varchar(150) NULL,
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `date_entered` datetime NULL,
  `date_modified` datetime NULL,
  `modified_user_id` char(36) NULL,
  `created_by` char(36) NULL,
  `description` text NULL,
  `deleted` tinyint(1) DEFAULT '0' NULL,
  -- columns from include/SugarObjects/implements/assignable/vardefs.php
  `assigned_user_id` char(36) NULL,
  -- columns from include/SugarObjects/templates/company/vardefs.php
  `account_type` varchar(50) NULL,
  `industry` varchar(50) NULL,
  `annual_revenue` varchar(100) NULL,
  `phone_fax` varchar(100) NULL,
  `billing_address_street` varchar(150) NULL,
  `billing_address_city` varchar(100) NULL,
  `billing_address_state` varchar(100) NULL,
  `billing_address_postalcode` varchar(20) NULL,
  `billing_address_country` varchar(255) NULL,
  `rating` varchar(100) NULL,
  `phone_office` varchar(100) NULL,
  `phone_alternate` varchar(100) NULL,
  `website` varchar(255) NULL,
  `ownership` varchar(100) NULL,
  `employees` varchar(10) NULL,
  `ticker_symbol` varchar(10) NULL,
  `shipping_address_street` varchar(150) NULL,
  `shipping_address_city` varchar(100) NULL,
  `shipping_address_state` varchar(100) NULL,
  `shipping_address_postalcode` varchar(20) NULL,
  `shipping_address_country` varchar(255) NULL,
  -- columns from modules/Accounts/vardefs.php
  `parent_id` char(36) NULL,
  `sic_code` varchar(10) NULL,
  `campaign_id` char(36) NULL,
  PRIMARY KEY (id),
  KEY idx_accnt_id_del (id, deleted),
  KEY idx_accnt_name_del (name, deleted),
  KEY idx_accnt_assigned_del (deleted, assigned_user_id),
  KEY idx_accnt_parent_id (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- leads: $dictionary['Lead'] of modules/Leads/vardefs.php, built by
--   VardefManager::createVardef('Leads', 'Lead', ['default', 'assignable', 'security_groups', 'person'])
--   from include/SugarObjects/templates/basic/vardefs.php, include/SugarObjects/implements/assignable/vardefs.php,
--   include/SugarObjects/implements/security_groups/vardefs.php (no column) and
--   include/SugarObjects/templates/person/vardefs.php.
--   No `name` column: person's 'name' is 'source' => 'non-db' and replaces basic's. The module's 'department'
--   (varchar 100) replaces person's in person's place. lawful_basis is multienum -> text, with len 100 -> text(100)
--   as MysqlManager writes it (the server makes it a TEXT). PRIMARY KEY is basic's 'leadspk'.
CREATE TABLE leads (
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `id` char(36) NOT NULL,
  `date_entered` datetime NULL,
  `date_modified` datetime NULL,
  `modified_user_id` char(36) NULL,
  `created_by` char(36) NULL,
  `description` text NULL,
  `deleted` tinyint(1) DEFAULT '0' NULL,
  -- columns from include/SugarObjects/implements/assignable/vardefs.php
  `assigned_user_id` char(36) NULL,
  -- columns from include/SugarObjects/templates/person/vardefs.php
  `salutation` varchar(255) NULL,
  `first_name` varchar(100) NULL,
  `last_name` varchar(100) NULL,
  `title` varchar(100) NULL,
  `photo` varchar(255) NULL,
  -- columns from modules/Leads/vardefs.php
  `department` varchar(100) NULL,
  -- columns from include/SugarObjects/templates/person/vardefs.php
  `do_not_call` tinyint(1) DEFAULT '0' NULL,
  `phone_home` varchar(100) NULL,
  `phone_mobile` varchar(100) NULL,
  `phone_work` varchar(100) NULL,
  `phone_other` varchar(100) NULL,
  `phone_fax` varchar(100) NULL,
  `lawful_basis` text(100) NULL,
  `date_reviewed` date NULL,
  `lawful_basis_source` varchar(100) NULL,
  `primary_address_street` varchar(150) NULL,
  `primary_address_city` varchar(100) NULL,
  `primary_address_state` varchar(100) NULL,
  `primary_address_postalcode` varchar(20) NULL,
  `primary_address_country` varchar(255) NULL,
  `alt_address_street` varchar(150) NULL,
  `alt_address_city` varchar(100) NULL,
  `alt_address_state` varchar(100) NULL,
  `alt_address_postalcode` varchar(20) NULL,
  `alt_address_country` varchar(255) NULL,
  `assistant` varchar(75) NULL,
  `assistant_phone` varchar(100) NULL,
  -- columns from modules/Leads/vardefs.php
  `converted` tinyint(1) DEFAULT '0' NULL,
  `refered_by` varchar(100) NULL,
  `lead_source` varchar(100) NULL,
  `lead_source_description` text NULL,
  `status` varchar(100) NULL,
  `status_description` text NULL,
  `reports_to_id` char(36) NULL,
  `account_name` varchar(255) NULL,
  `account_description` text NULL,
  `contact_id` char(36) NULL,
  `account_id` char(36) NULL,
  `opportunity_id` char(36) NULL,
  `opportunity_name` varchar(255) NULL,
  `opportunity_amount` varchar(50) NULL,
  `campaign_id` char(36) NULL,
  `birthdate` date NULL,
  `portal_name` varchar(255) NULL,
  `portal_app` varchar(255) NULL,
  `website` varchar(255) NULL,
  PRIMARY KEY (id),
  KEY idx_lead_acct_name_first (account_name, deleted),
  KEY idx_lead_last_first (last_name, first_name, deleted),
  KEY idx_lead_del_stat (last_name, status, deleted, first_name),
  KEY idx_lead_opp_del (opportunity_id, deleted),
  KEY idx_leads_acct_del (account_id, deleted),
  KEY idx_del_user (deleted, assigned_user_id),
  KEY idx_lead_assigned (assigned_user_id),
  KEY idx_lead_contact (contact_id),
  KEY idx_reports_to (reports_to_id),
  KEY idx_lead_phone_work (phone_work),
  KEY idx_leads_id_del (id, deleted)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- leads_audit: $dictionary['audit'] of metadata/audit_templateMetaData.php, as SugarBean::create_audit_table()
--   creates it for the audited module Leads (idx_leads_pk -> PRIMARY KEY, idx_leads_parent_id).
CREATE TABLE leads_audit (
  -- columns from metadata/audit_templateMetaData.php
  `id` char(36) NOT NULL,
  `parent_id` char(36) NOT NULL,
  `date_created` datetime NULL,
  `created_by` varchar(36) NULL,
  `field_name` varchar(100) NULL,
  `data_type` varchar(100) NULL,
  `before_value_string` varchar(255) NULL,
  `after_value_string` varchar(255) NULL,
  `before_value_text` text NULL,
  `after_value_text` text NULL,
  PRIMARY KEY (id),
  KEY idx_leads_parent_id (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- opportunities: $dictionary['Opportunity'] of modules/Opportunities/vardefs.php, built by
--   VardefManager::createVardef('Opportunities', 'Opportunity', ['default', 'assignable', 'security_groups'])
--   from include/SugarObjects/templates/basic/vardefs.php ('default' = basic),
--   include/SugarObjects/implements/assignable/vardefs.php and
--   include/SugarObjects/implements/security_groups/vardefs.php (a link only: no column).
--   The module's 'name' (varchar 50) replaces basic's in basic's place. amount, amount_usdollar and probability
--   have dbType 'double'; account_id, account_name and every link are 'source' => 'non-db'.
--   PRIMARY KEY is basic's 'opportunitiespk'; the KEYs are the module's 'indices'.
CREATE TABLE opportunities (
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `id` char(36) NOT NULL,
  -- columns from modules/Opportunities/vardefs.php
  `name` varchar(50) NULL,
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `date_entered` datetime NULL,
  `date_modified` datetime NULL,
  `modified_user_id` char(36) NULL,
  `created_by` char(36) NULL,
  `description` text NULL,
  `deleted` tinyint(1) DEFAULT '0' NULL,
  -- columns from include/SugarObjects/implements/assignable/vardefs.php
  `assigned_user_id` char(36) NULL,
  -- columns from modules/Opportunities/vardefs.php
  `opportunity_type` varchar(255) NULL,
  `campaign_id` char(36) NULL,
  `lead_source` varchar(50) NULL,
  `amount` double NULL,
  `amount_usdollar` double NULL,
  `currency_id` char(36) NULL,
  `date_closed` date NULL,
  `next_step` varchar(100) NULL,
  `sales_stage` varchar(255) NULL,
  `probability` double NULL,
  PRIMARY KEY (id),
  KEY idx_opp_name (name),
  KEY idx_opp_assigned (assigned_user_id),
  KEY idx_opp_id_deleted (id, deleted)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- opportunities_audit: $dictionary['audit'] of metadata/audit_templateMetaData.php, as
--   SugarBean::create_audit_table() (data/SugarBean.php) creates it for the audited module Opportunities: the
--   template's indices renamed 'idx_' . <table> . '_' . <name> (idx_opportunities_pk -> PRIMARY KEY,
--   idx_opportunities_parent_id). id and parent_id are type 'id' + required -> char(36) NOT NULL.
--   No `deleted` column: audit rows are never soft-deleted.
CREATE TABLE opportunities_audit (
  -- columns from metadata/audit_templateMetaData.php
  `id` char(36) NOT NULL,
  `parent_id` char(36) NOT NULL,
  `date_created` datetime NULL,
  `created_by` varchar(36) NULL,
  `field_name` varchar(100) NULL,
  `data_type` varchar(100) NULL,
  `before_value_string` varchar(255) NULL,
  `after_value_string` varchar(255) NULL,
  `before_value_text` text NULL,
  `after_value_text` text NULL,
  PRIMARY KEY (id),
  KEY idx_opportunities_parent_id (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- accounts_opportunities: $dictionary['accounts_opportunities'] of metadata/accounts_opportunitiesMetaData.php
--   (the many-to-many relationship table of accounts and opportunities). Its ids are type 'varchar' len 36, not
--   'id', so varchar(36); only `id` is NOT NULL (by its name). idx_account_opportunity is an 'alternate_key',
--   which MysqlManager::keysSQL writes as a plain KEY.
CREATE TABLE accounts_opportunities (
  -- columns from metadata/accounts_opportunitiesMetaData.php
  `id` varchar(36) NOT NULL,
  `opportunity_id` varchar(36) NULL,
  `account_id` varchar(36) NULL,
  `date_modified` datetime NULL,
  `deleted` tinyint(1) DEFAULT '0' NULL,
  PRIMARY KEY (id),
  KEY idx_account_opportunity (account_id, opportunity_id),
  KEY idx_oppid_del_accid (opportunity_id, deleted, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- aos_contracts: $dictionary['AOS_Contracts'] of modules/AOS_Contracts/vardefs.php, built by
--   VardefManager::createVardef('AOS_Contracts', 'AOS_Contracts', ['basic', 'assignable', 'security_groups'])
--   from include/SugarObjects/templates/basic/vardefs.php, include/SugarObjects/implements/assignable/vardefs.php
--   and include/SugarObjects/implements/security_groups/vardefs.php (no column).
--   The currency fields are type 'currency' -> decimal(26,6). status and contract_type carry the module's
--   defaults. No index besides basic's PRIMARY KEY 'aos_contractspk': contract_account_id is not indexed.
CREATE TABLE aos_contracts (
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `id` char(36) NOT NULL,
  -- columns from modules/AOS_Contracts/vardefs.php
  `name` varchar(255) NULL,
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `date_entered` datetime NULL,
  `date_modified` datetime NULL,
  `modified_user_id` char(36) NULL,
  `created_by` char(36) NULL,
  `description` text NULL,
  `deleted` tinyint(1) DEFAULT '0' NULL,
  -- columns from include/SugarObjects/implements/assignable/vardefs.php
  `assigned_user_id` char(36) NULL,
  -- columns from modules/AOS_Contracts/vardefs.php
  `reference_code` varchar(255) NULL,
  `start_date` date NULL,
  `end_date` date NULL,
  `total_contract_value` decimal(26,6) NULL,
  `total_contract_value_usdollar` decimal(26,6) NULL,
  `currency_id` char(36) NULL,
  `status` varchar(100) DEFAULT 'Not Started' NULL,
  `customer_signed_date` date NULL,
  `company_signed_date` date NULL,
  `renewal_reminder_date` datetime NULL,
  `contract_type` varchar(100) DEFAULT 'Type' NULL,
  `contract_account_id` char(36) NULL,
  `opportunity_id` char(36) NULL,
  `contact_id` char(36) NULL,
  `call_id` char(36) NULL,
  `total_amt` decimal(26,6) NULL,
  `total_amt_usdollar` decimal(26,6) NULL,
  `subtotal_amount` decimal(26,6) NULL,
  `subtotal_amount_usdollar` decimal(26,6) NULL,
  `discount_amount` decimal(26,6) NULL,
  `discount_amount_usdollar` decimal(26,6) NULL,
  `tax_amount` decimal(26,6) NULL,
  `tax_amount_usdollar` decimal(26,6) NULL,
  `shipping_amount` decimal(26,6) NULL,
  `shipping_amount_usdollar` decimal(26,6) NULL,
  `shipping_tax` varchar(100) NULL,
  `shipping_tax_amt` decimal(26,6) NULL,
  `shipping_tax_amt_usdollar` decimal(26,6) NULL,
  `total_amount` decimal(26,6) NULL,
  `total_amount_usdollar` decimal(26,6) NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- campaigns: $dictionary['Campaign'] of modules/Campaigns/vardefs.php, built by
--   VardefManager::createVardef('Campaigns', 'Campaign', ['default', 'assignable', 'security_groups'])
--   from include/SugarObjects/templates/basic/vardefs.php, include/SugarObjects/implements/assignable/vardefs.php
--   and include/SugarObjects/implements/security_groups/vardefs.php (no column).
--   No `description` column: the module redefines it as 'source' => 'non-db'. budget, expected_cost, actual_cost
--   and expected_revenue have dbType 'double'. tracker_key is int(11) auto_increment (hence NOT NULL), keyed by
--   camp_auto_tracker_key. impressions has no len, so plain int. PRIMARY KEY is basic's 'campaignspk'.
CREATE TABLE campaigns (
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `id` char(36) NOT NULL,
  -- columns from modules/Campaigns/vardefs.php
  `name` varchar(255) NULL,
  -- columns from include/SugarObjects/templates/basic/vardefs.php
  `date_entered` datetime NULL,
  `date_modified` datetime NULL,
  `modified_user_id` char(36) NULL,
  `created_by` char(36) NULL,
  `deleted` tinyint(1) DEFAULT '0' NULL,
  -- columns from include/SugarObjects/implements/assignable/vardefs.php
  `assigned_user_id` char(36) NULL,
  -- columns from modules/Campaigns/vardefs.php
  `tracker_key` int(11) NOT NULL auto_increment,
  `tracker_count` int(11) DEFAULT '0' NULL,
  `refer_url` varchar(255) DEFAULT 'http://' NULL,
  `tracker_text` varchar(255) NULL,
  `start_date` date NULL,
  `end_date` date NULL,
  `status` varchar(100) NULL,
  `impressions` int DEFAULT '0' NULL,
  `currency_id` char(36) NULL,
  `budget` double NULL,
  `expected_cost` double NULL,
  `actual_cost` double NULL,
  `expected_revenue` double NULL,
  `campaign_type` varchar(100) NULL,
  `objective` text NULL,
  `content` text NULL,
  `frequency` varchar(100) NULL,
  `survey_id` char(36) NULL,
  PRIMARY KEY (id),
  KEY camp_auto_tracker_key (tracker_key),
  KEY idx_campaign_name (name),
  KEY idx_survey_id (survey_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
