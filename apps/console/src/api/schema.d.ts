// Generated from the API's OpenAPI document by `npm run console:api`: do not edit.
export interface paths {
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a report about a child in danger: opens a case and its pathway, or attaches to a known case
         * @description The same birth certificate, CNIE (or a parent's CNIE with the same first name) or case reference attaches the report to the known case. Probable matches on the full name (Arabic or Latin), age, sex, mother and province answer 409 with the candidates and record nothing: send the report again with attachToCaseId or fileAsNew: true.
         *
         *     **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `report.create`: INTAKE (national), COORDINATOR (own province), HEAD_OF_CENTRE (own province), JUDICIAL_LIAISON (own province).
         */
        post: operations["ReportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Is this child already known? Exact identifiers, then probable matches on name (Arabic or Latin), age, sex, mother and province
         * @description Discloses reference, province, initials and age of each candidate, nothing else; a candidate of another province is audited.
         *
         *     **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `child.search`: INTAKE (national), COORDINATOR (national), HEAD_OF_CENTRE (national), JUDICIAL_LIAISON (national).
         */
        post: operations["ChildrenController_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases of a province (from PostgreSQL), with their stage and open steps; keyset-paged
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.list`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["CasesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case with its live pathway state (open steps, due times, ladder levels)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case’s record and timeline as one JSON document, for a data-subject request (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.export`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), SUPERVISOR (national).
         */
        get: operations["CasesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pathway’s own timeline of actions and facts, its latest 300 entries (as the pathway writes them to PostgreSQL)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.timeline.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["CasesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take charge of the report (acknowledgement)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.acknowledge`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/child-seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child was seen or received and is safe (urgent protection)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.child-seen`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_childSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the assessment (standard protocol); it waits for the head of centre’s approval
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.assessment`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_assessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the care plan; it waits for the head of centre’s approval
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.care-plan`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_carePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an assessment, a care plan or a closure
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.approve`: HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an assessment, a care plan or a closure, with a reason; the work goes back
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.reject`: HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the child’s or guardian’s consent to share information with providers
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.consent`: COORDINATOR (own province).
         */
        post: operations["CaseActionsController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child is back in the family, at school or in vocational training
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.integration`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_integration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The family moved: the case changes province
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.transfer`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province).
         */
        post: operations["CaseActionsController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to close the case; the head of centre’s approval closes it
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.close`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/child-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct the child’s date of birth or age (re-arms the 18th-birthday timer), sex or names
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.correct-child`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_correctChild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/retriage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-triage the category and the risk; a rise to IMMINENT or HIGH opens the urgent steps
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.retriage`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_retriage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the case to another coordinator of its province; open steps and alerts follow
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.reassign`: HEAD_OF_CENTRE (own province), DELEGATE (own province).
         */
        post: operations["CaseActionsController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assessment/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise the approved assessment; it goes back to the head of centre’s approval
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.revise-assessment`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_reviseAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care-plan/revision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise the approved care plan; it goes back to the head of centre’s approval
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.revise-care-plan`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_reviseCarePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child’s placement changed (entering or leaving an institution opens or closes its reviews)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.placement`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_placement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/runaway": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child ran away (fugue): an urgent step until the child is found
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.runaway`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_runaway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/child-found": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child who ran away was found
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.child-found`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_childFound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge another case of the same child (duplicateCaseId) into this one, which goes on; the duplicate ends as MERGED
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.merge`: HEAD_OF_CENTRE (own province).
         */
        post: operations["CaseActionsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/unmerge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo the merge of this duplicate (within the period): a case again, with a new pathway run
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.unmerge`: ADMIN (national).
         */
        post: operations["CaseActionsController_unmerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refer the child to a provider of the directory (needs consent or a court order when information is shared)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.create`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["ReferralsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals within the caller’s scope (see the permission), newest first
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.list`: PROVIDER (own organisation), COORDINATOR (own province), HEAD_OF_CENTRE (own province), SUPERVISOR (national), AUDITOR (national).
         */
        get: operations["ReferralsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One referral, as its provider needs it
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.read`: PROVIDER (own organisation), COORDINATOR (own province), HEAD_OF_CENTRE (own province), SUPERVISOR (national), AUDITOR (national).
         */
        get: operations["ReferralsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider accepts the referral
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.accept`: PROVIDER (own organisation).
         */
        post: operations["ReferralsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider declines, with a reason; the coordinator re-orients
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.decline`: PROVIDER (own organisation).
         */
        post: operations["ReferralsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider reports that the service has started
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.start`: PROVIDER (own organisation).
         */
        post: operations["ReferralsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider reports the service delivered
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.complete`: PROVIDER (own organisation).
         */
        post: operations["ReferralsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/prosecutor-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The report to the prosecutor has been made
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `judicial.prosecutor-report`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["JudicialController_prosecutorReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/judicial-redirection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A social case needs judicial protection (redirection social → judicial)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `judicial.redirect`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["JudicialController_redirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/court-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A court order redirects the child to social protection measures and opens the ordered referrals
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `judicial.court-order`: JUDICIAL_LIAISON (own province).
         */
        post: operations["JudicialController_courtOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/court-orders/{orderId}/measures/{measure}/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The provider of a measure the court ordered without one: opens its referral
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `judicial.measure-provider`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["JudicialController_measureProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/court-orders/{orderId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The progress report owed to the court is written: the head of centre approves it, then Masar sends it to the court liaison as a PDF
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `judicial.court-report`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["JudicialController_courtReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/court-reports/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The head of centre approves the written court report: it is printed and emailed to the court liaison
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.approve`: HEAD_OF_CENTRE (own province).
         */
        post: operations["JudicialController_approveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/court-reports/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The head of centre sends the court report back to be rewritten
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.reject`: HEAD_OF_CENTRE (own province).
         */
        post: operations["JudicialController_rejectReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/court-orders/{orderId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The judge’s decision on a court report (measures maintained, modified or ended; a new interval)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `judicial.court-decision`: JUDICIAL_LIAISON (own province).
         */
        post: operations["JudicialController_courtDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/court-orders/{orderId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The judge closes the order: no more progress reports
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `judicial.close-order`: JUDICIAL_LIAISON (own province).
         */
        post: operations["JudicialController_closeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a periodic review (CASE), a placement review (INSTITUTION) or the review of a child deprived of liberty (LIBERTY); the next one is scheduled
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `review.case`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         *
         *     `review.institution`: COORDINATOR (own province), JUDICIAL_LIAISON (own province).
         *
         *     `review.liberty`: COORDINATOR (own province), JUDICIAL_LIAISON (own province).
         */
        post: operations["ReviewsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/liberty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The child is deprived of liberty, or free again: the liberty reviews of the case’s template start or stop
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.liberty`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), JUDICIAL_LIAISON (own province).
         */
        post: operations["ReviewsController_liberty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pathway templates: national defaults and the overrides of a province, every version with its status
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `template.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), ADMIN (national).
         */
        get: operations["TemplatesController_list"];
        put?: never;
        /**
         * A new version (draft) of a category’s template, national or provincial; refused (422) with the reasons when a step cannot be reached, the pathway never closes or a code is unknown
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `template.national.edit`: ADMIN (national).
         *
         *     `template.province.edit`: COMMITTEE (own province), ADMIN (national).
         */
        post: operations["TemplatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One version of a pathway template
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `template.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), ADMIN (national).
         */
        get: operations["TemplatesController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/templates/{templateId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft: new cases of its scope run it; running cases keep their version
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `template.national.edit`: ADMIN (national).
         *
         *     `template.province.edit`: COMMITTEE (own province), ADMIN (national).
         */
        post: operations["TemplatesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a running case to a newer published version of its template (the latest of its province unless one is named)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.template.move`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["TemplatesController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/autonomy-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The autonomy plan of a young adult in after-care
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `after-care.plan`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["AfterCareController_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An after-care check-in took place (autonomyReached leads to closure)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `after-care.check-in`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["AfterCareController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations of a province, optionally those offering a service
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `directory.read`: INTAKE (national), COORDINATOR (national), PROVIDER (national), JUDICIAL_LIAISON (national), HEAD_OF_CENTRE (national), DELEGATE (national), COMMITTEE (national), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["DirectoryController_organisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 12 regions and their provinces and prefectures
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `directory.read`: INTAKE (national), COORDINATOR (national), PROVIDER (national), JUDICIAL_LIAISON (national), HEAD_OF_CENTRE (national), DELEGATE (national), COMMITTEE (national), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["DirectoryController_provinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user: role, province, organisation, contact details and notification preferences
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `me.read`: INTAKE (own data), COORDINATOR (own data), PROVIDER (own data), JUDICIAL_LIAISON (own data), HEAD_OF_CENTRE (own data), DELEGATE (own data), COMMITTEE (own data), SUPERVISOR (own data), AUDITOR (own data), ADMIN (own data).
         */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the language of one’s alerts and the order of channels for non-urgent notices
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `me.preferences`: INTAKE (own data), COORDINATOR (own data), PROVIDER (own data), JUDICIAL_LIAISON (own data), HEAD_OF_CENTRE (own data), DELEGATE (own data), COMMITTEE (own data), SUPERVISOR (own data), AUDITOR (own data), ADMIN (own data).
         */
        put: operations["MeController_setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The persons of the case, with the referrals made for each: names and contacts for readers who may see identifying data, relation and initials for the others (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `person.list`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["PersonsController_list"];
        put?: never;
        /**
         * Add a person of the case (names and contacts sealed at rest; the pathway knows an id and the relation); answers the services the template proposes for them
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `person.add`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["PersonsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/persons/{personId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a person of the case: relation, names, contacts, whether they may be contacted (null clears a field)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `person.correct`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["PersonsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/persons/{personId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a person recorded in error (the row is kept, hidden; referrals made for them go on)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `person.remove`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["PersonsController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/persons/{personId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refer a person of the case to a provider (family support, social aid, parenting support...): the child’s referrals go on in parallel
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.create`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["PersonsController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{referralId}/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The person a referral is for, as the referral discloses them: to its provider the names, and the contacts when the person may be contacted (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `referral.read`: PROVIDER (own organisation), COORDINATOR (own province), HEAD_OF_CENTRE (own province), SUPERVISOR (national), AUDITOR (national).
         */
        get: operations["PersonsController_ofReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/family-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a follow-up visit after the child’s return to the family (its outcome); the next visit is scheduled at the template’s interval, and the last may ask for the closure
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `family.visit`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["PersonsController_visit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The effective deadlines of a province (step × risk level) and the rules behind them
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `policy.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), ADMIN (national).
         */
        get: operations["PoliciesController_get"];
        /**
         * Set one rule (province, category, risk level, step → duration); applies to steps that start afterwards
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `policy.update`: COMMITTEE (own province), ADMIN (national).
         */
        put: operations["PoliciesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole history of the case, in time order, each entry with its actor and time: reports, pathway facts, steps and deadlines, referrals and their acceptance, alerts with level and role, their deliveries (addresses masked), complaints, record entries, reads of the file. Read from PostgreSQL: it outlives Temporal. view=temporal: the decrypted workflow history (timers, refused payloads) while Temporal keeps it
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.history.read`: SUPERVISOR (national), AUDITOR (national).
         */
        get: operations["SupervisionController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open steps past their due time, by province, with how late and the current ladder level
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `supervision.overdue`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["SupervisionController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Escalations by ladder level and period
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `supervision.escalations`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["SupervisionController_escalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Publishable indicators by sex, age band, category and entry point, per province, region and nation, for a period (JSON or CSV; small counts suppressed)
         * @description Reports received, cases opened, referrals decided and accepted within deadline, redirections both ways, reports to the prosecutor, children integrated (family, school, vocational training), after-care entries and social-emergency interventions. A count under INDICATOR_SUPPRESSION_THRESHOLD (5) is "< 5"; a cell that would give a suppressed one back is "x". Absent cells are zero.
         *
         *     **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `indicators.read`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["IndicatorsController_getBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/press-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The press figures of a territory for a period: children integrated, back to school, into vocational training, social-emergency interventions (with girls and boys; small counts suppressed)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `indicators.read`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["IndicatorsController_getPressFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Indicators per province for a period: reports, stages, referrals within deadline, escalations, redirections, integrations, after-care, complaints (JSON or CSV)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `indicators.read`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["IndicatorsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/begging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The begging plan’s figures per city (province or prefecture) for a period: children protected, girls and boys, returned to their family, back to school (small counts suppressed)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `indicators.read`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["BeggingIndicatorsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/judicial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The court exchange per province for a period: reports to the prosecutor, redirections both ways, court orders, court reports sent (on time, late), measures waiting for a provider
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `indicators.read`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["JudicialIndicatorsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/diagnosis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly diagnosis of a province, in Arabic or French: the year against the previous one, overdue and escalated steps by level, referral acceptance by provider, redirections, after-care, complaints, satisfaction
         * @description format=json gives the figures the PDF prints (small counts suppressed as in every indicator).
         *
         *     **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `indicators.diagnosis`: DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national).
         */
        get: operations["DiagnosisController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints of a province
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `complaint.list`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["ComplaintsController_list"];
        put?: never;
        /**
         * Record a complaint (from a child, a family or an actor)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `complaint.create`: INTAKE (own province), COORDINATOR (own province), PROVIDER (own province), JUDICIAL_LIAISON (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), ADMIN (national).
         */
        post: operations["ComplaintsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a complaint: closes its response deadline and stops its escalation
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `complaint.respond`: DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), ADMIN (national).
         */
        post: operations["ComplaintsController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provinces a complaint can be about, with their region, in Arabic and French */
        get: operations["PublicComplaintsController_provinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A proof-of-work challenge for filing a complaint without an account
         * @description Find a counter (decimal) such that SHA-256 of "<nonce>:<counter>" has `difficulty` leading zero bits; the nonce is signed, expires at expiresAt and is good for one complaint.
         */
        get: operations["PublicComplaintsController_challenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a complaint without an account (a child, a parent, any citizen)
         * @description Needs a solved challenge (422 when forged, expired or unsolved; 409 when used already, unless the same request is sent again, which gets the same answer). At most PUBLIC_COMPLAINTS_PER_HOUR from one address (429). Answers a reference and a secret: keep both to read the answer. The solved challenge is what makes a retry the same request; an Idempotency-Key is accepted and adds nothing.
         */
        post: operations["PublicComplaintsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/complaints/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The answer to a complaint, with the reference and secret given when it was filed (404 for either wrong) */
        get: operations["PublicComplaintsController_answer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/file-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record, at the centre, a young adult’s or a parent’s request for their file (papers seen by the coordinator); answers the reference and secret to give them
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `file-access.record`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["FileAccessController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The province’s requests for own files, with their legal deadline and ladder level
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `file-access.list`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national).
         */
        get: operations["FileAccessController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request: the case’s export, third parties’ details removed, kept for one download by the requester (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `file-access.answer`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["FileAccessController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/file-requests/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proof-of-work challenge for asking for one’s file without an account (as for complaints) */
        get: operations["PublicFileAccessController_challenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/file-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for one’s own file without an account: the case reference and a proof Masar holds (law 09-08)
         * @description SUBJECT (18 or over): their CNIE and date of birth. PARENT (the child a minor): the parent’s CNIE recorded on the child and the child’s date of birth. Anything that does not match: the same 422. The solved challenge makes the request once (409 when used); an Idempotency-Key is accepted and adds nothing.
         */
        post: operations["PublicFileAccessController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/file-requests/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a request stands, with the reference and secret; once answered, the one-time download link */
        get: operations["PublicFileAccessController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/file-requests/{reference}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file, once: a second use of the link is a 409 and the stored copy is gone */
        get: operations["PublicFileAccessController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/survey-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who the satisfaction surveys of this case ask (the child from 12, else the family) and on which number, or their refusal (the same request again changes nothing: an Idempotency-Key adds nothing)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `survey.contact`: COORDINATOR (own province), HEAD_OF_CENTRE (own province).
         */
        post: operations["SatisfactionController_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satisfaction per province and per provider over months (small counts suppressed: "< 5", and "x" for the cell that would give one back)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `indicators.read`: HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["SatisfactionController_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey of a one-time link: its subject and language (404 unknown, 409 used, refused or expired) */
        get: operations["PublicSurveyController_open"];
        put?: never;
        /** Answer the survey, once (a second use of the link: 409; an Idempotency-Key adds nothing) */
        post: operations["PublicSurveyController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline: this survey closes and no other is sent about the case */
        post: operations["PublicSurveyController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case’s record: what professionals wrote (reports, assessment, care plan, reviews, court orders and reports, service reports, notes, documents), by time, each entry at its last version with the list of its versions; free text only for readers who may see identifying data (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `record.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["RecordController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/record/{entryId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of one entry of the record, oldest first: who, when, and which fields each version changed (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `record.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["RecordController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a case note to the record, or correct one (a new version; the old one stays readable)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `record.note`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), JUDICIAL_LIAISON (own province).
         */
        post: operations["RecordController_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a document (a court order, a medical certificate): PDF, JPEG or PNG by its content, within the size limit; the same content twice is one document (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `record.document.attach`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), JUDICIAL_LIAISON (own province).
         */
        post: operations["RecordController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document of the case, as an attachment, with the type detected at upload (audited)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `record.document.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["RecordController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit trail (reads and actions), newest first
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `audit.read`: AUDITOR (national).
         */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decrypt Temporal payloads (remote codec protocol) for the Temporal UI (session cookie) and CLI (token); audited with the case each payload names
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `codec.decode`: SUPERVISOR (national).
         */
        post: operations["CodecController_decode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The console opens a 15-minute codec session for the Temporal UI in this browser (an HttpOnly cookie for /codec only); a token is needed, a session cookie cannot renew itself. Answers where the Temporal UI is
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `codec.decode`: SUPERVISOR (national).
         */
        post: operations["CodecSessionController_open"];
        /** Ends the codec session of this browser (the console signs out); needs nothing but the cookie */
        delete: operations["CodecSessionController_close"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The alerts of a case, newest first, each with its deliveries by recipient and channel and their status; addresses masked unless the delivery.address disclosure rule allows
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `case.deliveries.read`: COORDINATOR (own province), HEAD_OF_CENTRE (own province), DELEGATE (own province), COMMITTEE (own province), JUDICIAL_LIAISON (own province), SUPERVISOR (national), AUDITOR (national), ADMIN (national).
         */
        get: operations["DeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queue-board/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the alert queue board (/admin/queues, read-only) in this browser: sets a 15-minute cookie for that path
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `admin.queue-board`: ADMIN (national).
         */
        post: operations["AdminController_boardSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Machine clients' API keys: prefix, role, scope, expiry, revocation (never the key)
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `admin.api-keys`: ADMIN (national).
         */
        get: operations["AdminController_listApiKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key: refused from the next request on; audited
         * @description **Permission** (the permission table; the province or organisation is the case's or the referral's):
         *
         *     `admin.api-keys`: ADMIN (national).
         */
        post: operations["AdminController_revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of PostgreSQL, Redis and Temporal */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the console signs in here: the identity provider (OpenID Connect with PKCE) and whether the development sign-in is on */
        get: operations["SessionConfigController_sessionConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Development stack only: the seeded demo users one may sign in as */
        get: operations["DevSignInController_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/dev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Development stack only: a short-lived HS256 token for a seeded demo user */
        post: operations["DevSignInController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProbableMatchesDto_Output: {
            type: string;
            title: string;
            /** @enum {number} */
            status: 409;
            detail: string;
            /** @description probable_match */
            code?: string;
            instance: string;
            requestId?: string;
            threshold: number;
            candidates: {
                /**
                 * Format: uuid
                 * @description to attach a report: attachToCaseId
                 */
                caseId: string;
                reference: string;
                provinceCode: string;
                /** @description initials only: the full file stays behind the province rule */
                initials: string;
                /** @description in whole years today, null when unknown */
                age: number | null;
                ageEstimated: boolean;
                /**
                 * @description EXACT: an identifier is the same; PROBABLE: name, age, sex, mother and province
                 * @enum {string}
                 */
                match: "EXACT" | "PROBABLE";
                score: number;
                /** @description why: "same birth certificate", "name similar 0.82", "born within 1 year" */
                reasons: string[];
            }[];
        };
        /**
         * @example {
         *       "provinceCode": "TANGER_ASSILAH",
         *       "entryPoint": "GREEN_LINE",
         *       "category": "NEGLECT",
         *       "riskLevel": "HIGH",
         *       "narrative": "Enfant seul la nuit, signalé par une voisine",
         *       "child": {
         *         "firstName": "Yasmine",
         *         "sex": "F",
         *         "dateOfBirth": "2015-03-14",
         *         "motherName": "Fatima Alaoui"
         *       },
         *       "reporter": {
         *         "name": "Voisine",
         *         "phone": "+212600000000"
         *       }
         *     }
         */
        CreateReportDto: {
            provinceCode: string;
            /** @enum {string} */
            entryPoint: "GREEN_LINE" | "UPE" | "SCHOOL" | "POLICE" | "GENDARMERIE" | "HOSPITAL" | "COURT" | "SOCIAL_EMERGENCY" | "SOCIAL_CARE_INSTITUTION" | "ASSOCIATION" | "MOBILE_UNIT" | "FIELD_TEAM" | "OTHER";
            /** @enum {string} */
            category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
            /** @enum {string} */
            riskLevel: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
            /**
             * Format: date-time
             * @description when the report was received; defaults to now
             */
            receivedAt?: string;
            /** @description what was reported (personal data: encrypted in histories) */
            narrative: string;
            child: {
                firstName?: string;
                lastName?: string;
                /** @enum {string} */
                sex?: "F" | "M";
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                dateOfBirth?: string;
                /** @description in years, when the date of birth is unknown */
                estimatedAge?: number;
                /** @description the mother's full name, in either script */
                motherName?: string;
                birthCertificateNo?: string;
                /** @description the child's own national identity card number */
                cnie?: string;
                /** @description a parent's or guardian's CNIE (identifies the family, not the child) */
                parentCnies?: string[];
            };
            reporter?: {
                name?: string;
                phone?: string;
            };
            /**
             * Format: uuid
             * @description attach the report to the case of a child already known (the same as attachToCaseId)
             */
            caseId?: string;
            /**
             * Format: uuid
             * @description intake chose this candidate: attach the report to its case (your role must be allowed in its province)
             */
            attachToCaseId?: string;
            /** @description the reference of the child's case, when the reporter knows it */
            caseReference?: string;
            /**
             * @description intake looked at the probable candidates and this is another child: open a new case
             * @enum {boolean}
             */
            fileAsNew?: true;
            /** @description a mobile unit’s or field team’s report (begging plan): the team and the place the child was found; required for MOBILE_UNIT and FIELD_TEAM */
            fieldTeam?: {
                team: string;
                place: string;
            };
        };
        ReportCreatedDto_Output: {
            /** Format: uuid */
            caseId: string;
            reference: string;
            /** Format: uuid */
            reportId: string;
            workflowId: string;
            /** @description true when the report joined an existing case */
            attached: boolean;
            /** @description when an identifier attached the report: which ("same birth certificate") */
            matchedBy?: string[];
        };
        /**
         * @example {
         *       "firstName": "ياسمين",
         *       "lastName": "بنعلي",
         *       "sex": "F",
         *       "dateOfBirth": "2015-03-14",
         *       "provinceCode": "TANGER_ASSILAH"
         *     }
         */
        ChildSearchDto: {
            firstName?: string;
            lastName?: string;
            /** @enum {string} */
            sex?: "F" | "M";
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            dateOfBirth?: string;
            /** @description in years, when the date of birth is unknown */
            estimatedAge?: number;
            /** @description the mother's full name, in either script */
            motherName?: string;
            birthCertificateNo?: string;
            /** @description the child's own national identity card number */
            cnie?: string;
            /** @description a parent's or guardian's CNIE (identifies the family, not the child) */
            parentCnies?: string[];
            /** @description where the child is now: a match in that province scores a little higher */
            provinceCode?: string;
            caseReference?: string;
        };
        ChildSearchResultDto_Output: {
            /** @description probable candidates score at least this */
            threshold: number;
            candidates: {
                /**
                 * Format: uuid
                 * @description to attach a report: attachToCaseId
                 */
                caseId: string;
                reference: string;
                provinceCode: string;
                /** @description initials only: the full file stays behind the province rule */
                initials: string;
                /** @description in whole years today, null when unknown */
                age: number | null;
                ageEstimated: boolean;
                /**
                 * @description EXACT: an identifier is the same; PROBABLE: name, age, sex, mother and province
                 * @enum {string}
                 */
                match: "EXACT" | "PROBABLE";
                score: number;
                /** @description why: "same birth certificate", "name similar 0.82", "born within 1 year" */
                reasons: string[];
            }[];
        };
        CaseListDto_Output: {
            items: {
                id: string;
                reference: string;
                provinceCode: string;
                category: string;
                riskLevel: string;
                track: string;
                /** @enum {string} */
                stage: "REPORTED" | "ACKNOWLEDGED" | "URGENT_PROTECTION" | "ASSESSMENT" | "CARE_PLAN" | "REFERRALS" | "FOLLOW_UP" | "INTEGRATION" | "FAMILY_REINTEGRATION" | "AFTER_CARE" | "CLOSED" | "MERGED";
                /** @enum {string} */
                status: "OPEN" | "CLOSED" | "MERGED";
                assigneeId: string | null;
                /** @description ISO-8601 instant */
                openedAt: string;
                openSteps: {
                    step: string;
                    /** @description ISO-8601 instant */
                    dueAt: string;
                    level: number;
                    overdue: boolean;
                }[];
            }[];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        CaseDetailDto_Output: {
            id: string;
            reference: string;
            provinceCode: string;
            category: string;
            riskLevel: string;
            /** @enum {string} */
            status: "OPEN" | "CLOSED" | "MERGED";
            /** @enum {string} */
            stage: "REPORTED" | "ACKNOWLEDGED" | "URGENT_PROTECTION" | "ASSESSMENT" | "CARE_PLAN" | "REFERRALS" | "FOLLOW_UP" | "INTEGRATION" | "FAMILY_REINTEGRATION" | "AFTER_CARE" | "CLOSED" | "MERGED";
            track: string;
            /** @description ISO-8601 instant */
            openedAt: string;
            /** @description ISO-8601 instant */
            closedAt: string | null;
            workflowId: string;
            /** @description a duplicate: the case that goes on */
            mergedIntoId: string | null;
            /** @description ISO-8601 instant */
            mergedAt: string | null;
            /** @description the duplicates merged into this case */
            merged: {
                id: string;
                reference: string;
                /** @description ISO-8601 instant */
                mergedAt: string | null;
            }[];
            child: {
                /** @description null when no name is known */
                initials: string | null;
                sex: string | null;
                dobEstimated: boolean;
                /** @description ISO-8601 instant */
                adultAt: string | null;
                /** @description only to roles that may see the child’s identity */
                firstName?: string | null;
                lastName?: string | null;
                /** @description YYYY-MM-DD */
                dateOfBirth?: string | null;
            };
            /** @description the live pathway: open steps, due times, ladder levels */
            pathway: {
                caseId: string;
                reference: string;
                provinceCode: string;
                /** @enum {string} */
                category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                /** @enum {string} */
                riskLevel: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
                /** @enum {string} */
                track: "SOCIAL" | "JUDICIAL";
                /** @enum {string} */
                stage: "REPORTED" | "ACKNOWLEDGED" | "URGENT_PROTECTION" | "ASSESSMENT" | "CARE_PLAN" | "REFERRALS" | "FOLLOW_UP" | "INTEGRATION" | "FAMILY_REINTEGRATION" | "AFTER_CARE" | "CLOSED" | "MERGED";
                /**
                 * @description MERGED: a duplicate of another case of the child (mergedInto)
                 * @enum {string}
                 */
                status: "OPEN" | "CLOSED" | "MERGED";
                assigneeId: string | null;
                reports: string[];
                openSteps: {
                    /** @description the step’s key (a referral’s steps name it) */
                    key: string;
                    step: string;
                    /** @description ISO-8601 instant */
                    dueAt: string | null;
                    /** @description rung of the escalation ladder reached, 0 = the assignee */
                    level: number;
                    overdue: boolean;
                    provinceCode: string;
                    ref: string | null;
                }[];
                /** @enum {string} */
                assessment: "PENDING" | "SUBMITTED" | "APPROVED";
                /** @enum {string} */
                carePlan: "NONE" | "PENDING" | "SUBMITTED" | "APPROVED";
                /** @enum {string|null} */
                placement: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
                inInstitution: boolean;
                referrals: {
                    referralId: string;
                    organisationId: string;
                    /** @enum {string} */
                    service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                    /** @enum {string} */
                    basis: "CONSENT" | "COURT_ORDER" | "NONE";
                    /** @enum {string} */
                    status: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
                    reason: string | null;
                    courtOrderId: string | null;
                    replaces: string | null;
                    /** @description a referral for a person of the case, not for the child */
                    personId?: string | null;
                }[];
                consents: {
                    /** @enum {string} */
                    givenBy: "CHILD" | "GUARDIAN" | "CHILD_AND_GUARDIAN";
                    services: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[] | null;
                    documentRef: string | null;
                    recordedBy: string;
                    /** @description ISO-8601 instant */
                    at: string;
                }[];
                courtOrders: {
                    orderId: string;
                    measures: ("FAMILY_SUPPORT" | "SOCIAL_AID" | "PSYCHOLOGICAL" | "HEALTH" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PLACEMENT" | "SUPERVISED_FREEDOM")[];
                    coversInformationSharing: boolean;
                    /** @description ISO-8601 instant */
                    receivedAt: string;
                    /** @description ISO-8601 instant */
                    closedAt: string | null;
                    /** @description ISO-8601 interval of the court reports */
                    reportEvery?: string | null;
                    reportsSent?: number;
                    pendingReport?: {
                        n: number;
                        /** @enum {string} */
                        language: "ar" | "fr";
                        /** @description ISO-8601 instant */
                        submittedAt: string;
                        /** @description ISO-8601 instant */
                        dueAt: string | null;
                    } | null;
                    decisions?: {
                        report: number;
                        /** @enum {string} */
                        decision: "MAINTAIN" | "MODIFY" | "END";
                        /** @description ISO-8601 instant */
                        at: string;
                    }[];
                }[];
                prosecutorReported: boolean;
                integrations: {
                    /** @enum {string} */
                    kind: "FAMILY" | "SCHOOL" | "VOCATIONAL_TRAINING";
                    /** @description ISO-8601 instant */
                    at: string;
                }[];
                /** @description ISO-8601 instant */
                adultAt: string | null;
                dobEstimated: boolean;
                adult: boolean;
                afterCare: {
                    /** @description ISO-8601 instant */
                    enteredAt: string;
                    /** @description ISO-8601 instant */
                    endsAt: string;
                    autonomyPlan: boolean;
                } | null;
                closure: {
                    /** @enum {string} */
                    reason: "INTEGRATED" | "NO_LONGER_AT_RISK" | "AUTONOMY" | "AGE_LIMIT" | "MOVED_ABROAD" | "OTHER";
                    note: string | null;
                    requestedBy: string | null;
                } | null;
                /** @description ISO-8601 instant */
                closedAt: string | null;
                escalations: number;
                /** @description runs (continue-as-new) of this life of the case */
                runs: number;
                childSeen?: boolean;
                /** @description the child ran away and has not been found yet */
                missingSince?: string | null;
                revising?: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                /** @enum {string|null} */
                revisedPlacement?: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
                mergedInto?: {
                    caseId: string;
                    workflowId: string;
                    /** @description ISO-8601 instant */
                    at: string;
                } | null;
                merged?: {
                    caseId: string;
                    reference: string;
                    /** @description ISO-8601 instant */
                    at: string;
                    reports: string[];
                    referrals: string[];
                    steps: string[];
                    dropped: string[];
                }[];
                /** @description the pathway template the case runs (absent or null: the generic version 1) */
                template?: {
                    /** @enum {string} */
                    category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                    /** @description null: the national default (administrators); else a provincial override */
                    provinceCode: string | null;
                    /** @enum {string} */
                    track: "SOCIAL" | "JUDICIAL";
                    phases: {
                        /** @enum {string} */
                        step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                        entry?: boolean;
                        /** @enum {string} */
                        when?: "ALWAYS" | "URGENT";
                        next: (("ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE") | "CLOSE")[];
                    }[];
                    prosecutor: {
                        /** @enum {string} */
                        inform: "AT_REPORT" | "IF_REDIRECTED" | "NEVER";
                    };
                    approvals: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                    defaultServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                    familyServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                    reviews: {
                        /** @enum {string} */
                        step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                        every?: string;
                        /** @enum {string} */
                        when: "CARE_PLAN_APPROVED" | "IN_INSTITUTION" | "DEPRIVED_OF_LIBERTY";
                    }[];
                    reintegration: {
                        visitEvery: string;
                        visits: number;
                    } | null;
                    courtReportEvery: string | null;
                    indicators: string[];
                    version: number;
                } | null;
                deprivedOfLiberty?: boolean;
                persons?: {
                    personId: string;
                    /** @enum {string} */
                    relation: "MOTHER" | "FATHER" | "GUARDIAN" | "SIBLING" | "OTHER_RELATIVE" | "ADULT_WITH_CHILD";
                    /** @description ISO-8601 instant */
                    addedAt: string;
                }[];
                familyProposals?: {
                    personId: string;
                    /** @enum {string} */
                    service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                    /** @description ISO-8601 instant */
                    proposedAt: string;
                    referralId: string | null;
                }[];
                family?: {
                    /** @description ISO-8601 instant */
                    returnedAt: string;
                    visitEvery: string;
                    visits: number;
                    done: number;
                    /** @description ISO-8601 instant */
                    nextVisitAt: string | null;
                    outcomes: {
                        /** @description ISO-8601 instant */
                        at: string;
                        /** @enum {string} */
                        outcome: "SETTLED" | "CONCERNS" | "NOT_SEEN" | "CHILD_LEFT";
                    }[];
                } | null;
            };
        };
        CaseExportDto_Output: {
            /** @description ISO-8601 instant */
            exportedAt: string;
            exportedBy: {
                userId: string;
                role: string;
            };
            case: {
                id: string;
                reference: string;
                provinceCode: string;
                category: string;
                riskLevel: string;
                track: string;
                stage: string;
                status: string;
                /** @description ISO-8601 instant */
                openedAt: string | null;
                /** @description ISO-8601 instant */
                closedAt: string | null;
            };
            child: {
                /** @description null when no name is known */
                initials: string | null;
                sex: string | null;
                dobEstimated: boolean;
                /** @description ISO-8601 instant */
                adultAt: string | null;
                /** @description only to roles that may see the child’s identity */
                firstName?: string | null;
                lastName?: string | null;
                /** @description YYYY-MM-DD */
                dateOfBirth?: string | null;
            };
            reports: {
                id: string;
                /** @description ISO-8601 instant */
                receivedAt: string | null;
                entryPoint: string;
                category: string;
                riskLevel: string;
                narrative: string;
            }[];
            referrals: {
                id: string;
                organisation: {
                    fr: string;
                    ar: string;
                };
                service: string;
                status: string;
                basis: string | null;
                declineReason: string | null;
                /** @description ISO-8601 instant */
                createdAt: string | null;
                /** @description ISO-8601 instant */
                acceptedAt: string | null;
                /** @description ISO-8601 instant */
                startedAt: string | null;
                /** @description ISO-8601 instant */
                completedAt: string | null;
            }[];
            steps: {
                step: string;
                label: string | null;
                /** @description ISO-8601 instant */
                openedAt: string | null;
                /** @description ISO-8601 instant */
                dueAt: string | null;
                status: string;
                /** @description ISO-8601 instant */
                closedAt: string | null;
                escalationLevel: number;
            }[];
            events: {
                type: string;
                /** @description ISO-8601 instant */
                at: string | null;
                data: unknown;
            }[];
            complaints: {
                id: string;
                channel: string;
                text: string;
                status: string;
                /** @description ISO-8601 instant */
                createdAt: string | null;
                /** @description ISO-8601 instant */
                respondedAt: string | null;
                response: string | null;
            }[];
            /** @description what professionals wrote, every version */
            record: {
                id: string;
                rootId: string;
                kind: string;
                version: number;
                supersedes: string | null;
                /** @description ISO-8601 instant */
                createdAt: string;
                author: {
                    userId: string | null;
                    /** @description null for a report (filed by intake) */
                    role: string | null;
                };
                referralId: string | null;
                body: unknown;
            }[];
            /** @description descriptions and hashes; each is downloaded from GET /api/v1/cases/{id}/documents/{documentId} */
            documents: {
                id: string;
                kind: string;
                title: string | null;
                filename: string;
                mediaType: string;
                size: number;
                sha256: string;
                /** @description ISO-8601 instant */
                createdAt: string | null;
            }[];
            /** @description the pathway’s timeline; null when the pathway no longer runs */
            timeline: {
                /** @description ISO-8601 instant */
                at: string;
                type: string;
                by?: {
                    userId: string;
                    /** @enum {string} */
                    role: "INTAKE" | "COORDINATOR" | "PROVIDER" | "JUDICIAL_LIAISON" | "HEAD_OF_CENTRE" | "DELEGATE" | "COMMITTEE" | "SUPERVISOR" | "AUDITOR" | "ADMIN";
                    provinceCode?: string | null;
                    organisationId?: string | null;
                };
                data?: {
                    [key: string]: unknown;
                };
            }[] | null;
        };
        CaseTimelineDto_Output: {
            caseId: string;
            items: {
                /** @description ISO-8601 instant */
                at: string;
                type: string;
                by?: {
                    userId: string;
                    /** @enum {string} */
                    role: "INTAKE" | "COORDINATOR" | "PROVIDER" | "JUDICIAL_LIAISON" | "HEAD_OF_CENTRE" | "DELEGATE" | "COMMITTEE" | "SUPERVISOR" | "AUDITOR" | "ADMIN";
                    provinceCode?: string | null;
                    organisationId?: string | null;
                };
                data?: {
                    [key: string]: unknown;
                };
            }[];
        };
        /**
         * @example {
         *       "assigneeId": "u-tanger-coordinator"
         *     }
         */
        AcknowledgeDto: {
            /** @description the coordinator who takes the case (a user of the case’s province who may acknowledge it); defaults to you */
            assigneeId?: string;
        };
        CaseStateDto_Output: {
            caseId: string;
            reference: string;
            provinceCode: string;
            /** @enum {string} */
            category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
            /** @enum {string} */
            riskLevel: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
            /** @enum {string} */
            track: "SOCIAL" | "JUDICIAL";
            /** @enum {string} */
            stage: "REPORTED" | "ACKNOWLEDGED" | "URGENT_PROTECTION" | "ASSESSMENT" | "CARE_PLAN" | "REFERRALS" | "FOLLOW_UP" | "INTEGRATION" | "FAMILY_REINTEGRATION" | "AFTER_CARE" | "CLOSED" | "MERGED";
            /**
             * @description MERGED: a duplicate of another case of the child (mergedInto)
             * @enum {string}
             */
            status: "OPEN" | "CLOSED" | "MERGED";
            assigneeId: string | null;
            reports: string[];
            openSteps: {
                /** @description the step’s key (a referral’s steps name it) */
                key: string;
                step: string;
                /** @description ISO-8601 instant */
                dueAt: string | null;
                /** @description rung of the escalation ladder reached, 0 = the assignee */
                level: number;
                overdue: boolean;
                provinceCode: string;
                ref: string | null;
            }[];
            /** @enum {string} */
            assessment: "PENDING" | "SUBMITTED" | "APPROVED";
            /** @enum {string} */
            carePlan: "NONE" | "PENDING" | "SUBMITTED" | "APPROVED";
            /** @enum {string|null} */
            placement: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
            inInstitution: boolean;
            referrals: {
                referralId: string;
                organisationId: string;
                /** @enum {string} */
                service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                /** @enum {string} */
                basis: "CONSENT" | "COURT_ORDER" | "NONE";
                /** @enum {string} */
                status: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
                reason: string | null;
                courtOrderId: string | null;
                replaces: string | null;
                /** @description a referral for a person of the case, not for the child */
                personId?: string | null;
            }[];
            consents: {
                /** @enum {string} */
                givenBy: "CHILD" | "GUARDIAN" | "CHILD_AND_GUARDIAN";
                services: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[] | null;
                documentRef: string | null;
                recordedBy: string;
                /** @description ISO-8601 instant */
                at: string;
            }[];
            courtOrders: {
                orderId: string;
                measures: ("FAMILY_SUPPORT" | "SOCIAL_AID" | "PSYCHOLOGICAL" | "HEALTH" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PLACEMENT" | "SUPERVISED_FREEDOM")[];
                coversInformationSharing: boolean;
                /** @description ISO-8601 instant */
                receivedAt: string;
                /** @description ISO-8601 instant */
                closedAt: string | null;
                /** @description ISO-8601 interval of the court reports */
                reportEvery?: string | null;
                reportsSent?: number;
                pendingReport?: {
                    n: number;
                    /** @enum {string} */
                    language: "ar" | "fr";
                    /** @description ISO-8601 instant */
                    submittedAt: string;
                    /** @description ISO-8601 instant */
                    dueAt: string | null;
                } | null;
                decisions?: {
                    report: number;
                    /** @enum {string} */
                    decision: "MAINTAIN" | "MODIFY" | "END";
                    /** @description ISO-8601 instant */
                    at: string;
                }[];
            }[];
            prosecutorReported: boolean;
            integrations: {
                /** @enum {string} */
                kind: "FAMILY" | "SCHOOL" | "VOCATIONAL_TRAINING";
                /** @description ISO-8601 instant */
                at: string;
            }[];
            /** @description ISO-8601 instant */
            adultAt: string | null;
            dobEstimated: boolean;
            adult: boolean;
            afterCare: {
                /** @description ISO-8601 instant */
                enteredAt: string;
                /** @description ISO-8601 instant */
                endsAt: string;
                autonomyPlan: boolean;
            } | null;
            closure: {
                /** @enum {string} */
                reason: "INTEGRATED" | "NO_LONGER_AT_RISK" | "AUTONOMY" | "AGE_LIMIT" | "MOVED_ABROAD" | "OTHER";
                note: string | null;
                requestedBy: string | null;
            } | null;
            /** @description ISO-8601 instant */
            closedAt: string | null;
            escalations: number;
            /** @description runs (continue-as-new) of this life of the case */
            runs: number;
            childSeen?: boolean;
            /** @description the child ran away and has not been found yet */
            missingSince?: string | null;
            revising?: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
            /** @enum {string|null} */
            revisedPlacement?: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
            mergedInto?: {
                caseId: string;
                workflowId: string;
                /** @description ISO-8601 instant */
                at: string;
            } | null;
            merged?: {
                caseId: string;
                reference: string;
                /** @description ISO-8601 instant */
                at: string;
                reports: string[];
                referrals: string[];
                steps: string[];
                dropped: string[];
            }[];
            /** @description the pathway template the case runs (absent or null: the generic version 1) */
            template?: {
                /** @enum {string} */
                category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                /** @description null: the national default (administrators); else a provincial override */
                provinceCode: string | null;
                /** @enum {string} */
                track: "SOCIAL" | "JUDICIAL";
                phases: {
                    /** @enum {string} */
                    step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                    entry?: boolean;
                    /** @enum {string} */
                    when?: "ALWAYS" | "URGENT";
                    next: (("ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE") | "CLOSE")[];
                }[];
                prosecutor: {
                    /** @enum {string} */
                    inform: "AT_REPORT" | "IF_REDIRECTED" | "NEVER";
                };
                approvals: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                defaultServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                familyServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                reviews: {
                    /** @enum {string} */
                    step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                    every?: string;
                    /** @enum {string} */
                    when: "CARE_PLAN_APPROVED" | "IN_INSTITUTION" | "DEPRIVED_OF_LIBERTY";
                }[];
                reintegration: {
                    visitEvery: string;
                    visits: number;
                } | null;
                courtReportEvery: string | null;
                indicators: string[];
                version: number;
            } | null;
            deprivedOfLiberty?: boolean;
            persons?: {
                personId: string;
                /** @enum {string} */
                relation: "MOTHER" | "FATHER" | "GUARDIAN" | "SIBLING" | "OTHER_RELATIVE" | "ADULT_WITH_CHILD";
                /** @description ISO-8601 instant */
                addedAt: string;
            }[];
            familyProposals?: {
                personId: string;
                /** @enum {string} */
                service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                /** @description ISO-8601 instant */
                proposedAt: string;
                referralId: string | null;
            }[];
            family?: {
                /** @description ISO-8601 instant */
                returnedAt: string;
                visitEvery: string;
                visits: number;
                done: number;
                /** @description ISO-8601 instant */
                nextVisitAt: string | null;
                outcomes: {
                    /** @description ISO-8601 instant */
                    at: string;
                    /** @enum {string} */
                    outcome: "SETTLED" | "CONCERNS" | "NOT_SEEN" | "CHILD_LEFT";
                }[];
            } | null;
        };
        /**
         * @example {
         *       "emergencyShelter": false,
         *       "medicalCare": true,
         *       "note": "Enfant reçu au centre, examiné, en sécurité"
         *     }
         */
        ChildSeenDto: {
            emergencyShelter?: boolean;
            medicalCare?: boolean;
            note?: string;
        };
        /**
         * @example {
         *       "summary": "Protocole standard: négligence confirmée, scolarité interrompue",
         *       "needs": [
         *         "PSYCHOLOGICAL",
         *         "SCHOOLING"
         *       ],
         *       "riskLevel": "MEDIUM"
         *     }
         */
        AssessmentDto: {
            summary: string;
            needs?: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
            /** @enum {string} */
            riskLevel?: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
        };
        /**
         * @example {
         *       "objectives": [
         *         "Retour à l’école avant la fin du trimestre",
         *         "Soutien psychologique hebdomadaire"
         *       ],
         *       "placement": "FAMILY",
         *       "services": [
         *         "PSYCHOLOGICAL",
         *         "SCHOOLING"
         *       ]
         *     }
         */
        CarePlanDto: {
            objectives: string[];
            /** @enum {string} */
            placement: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT";
            services?: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
        };
        /**
         * @example {
         *       "subject": "ASSESSMENT"
         *     }
         */
        ApproveDto: {
            /** @enum {string} */
            subject: "ASSESSMENT" | "CARE_PLAN" | "CLOSURE";
        };
        /**
         * @example {
         *       "subject": "ASSESSMENT",
         *       "reason": "Il manque l’avis de l’école"
         *     }
         */
        RejectDto: {
            /** @enum {string} */
            subject: "ASSESSMENT" | "CARE_PLAN" | "CLOSURE";
            reason: string;
        };
        /**
         * @example {
         *       "givenBy": "GUARDIAN",
         *       "services": [
         *         "PSYCHOLOGICAL"
         *       ],
         *       "documentRef": "formulaire-consentement-12"
         *     }
         */
        ConsentDto: {
            /** @enum {string} */
            givenBy: "CHILD" | "GUARDIAN" | "CHILD_AND_GUARDIAN";
            services?: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
            documentRef?: string;
        };
        /**
         * @example {
         *       "kind": "SCHOOL",
         *       "note": "Réinscrit en CE6 à l’école du quartier"
         *     }
         */
        IntegrationDto: {
            /** @enum {string} */
            kind: "FAMILY" | "SCHOOL" | "VOCATIONAL_TRAINING";
            note?: string;
        };
        /**
         * @example {
         *       "toProvinceCode": "MEKNES",
         *       "assigneeId": "u-meknes-coordinator",
         *       "reason": "La famille a déménagé à Meknès"
         *     }
         */
        TransferDto: {
            toProvinceCode: string;
            /** @description a user of the new province who may acknowledge the case */
            assigneeId?: string;
            reason?: string;
        };
        /**
         * @example {
         *       "reason": "INTEGRATED",
         *       "note": "Scolarité reprise, famille accompagnée"
         *     }
         */
        CloseDto: {
            /** @enum {string} */
            reason: "INTEGRATED" | "NO_LONGER_AT_RISK" | "AUTONOMY" | "AGE_LIMIT" | "MOVED_ABROAD" | "OTHER";
            note?: string;
        };
        /**
         * @example {
         *       "dateOfBirth": "2013-11-02",
         *       "sex": "F",
         *       "reason": "Acte de naissance présenté par la mère"
         *     }
         */
        CorrectChildDto: {
            /**
             * Format: date
             * @description YYYY-MM-DD: the 18th-birthday timer is re-armed
             */
            dateOfBirth?: string;
            /** @description in years today, when the date of birth is unknown (re-arms the timer) */
            estimatedAge?: number;
            /** @enum {string} */
            sex?: "F" | "M";
            firstName?: string;
            lastName?: string;
            motherName?: string;
            reason?: string;
        };
        /**
         * @example {
         *       "riskLevel": "HIGH",
         *       "reason": "Nouvelles violences signalées par l’école"
         *     }
         */
        RetriageDto: {
            /** @enum {string} */
            category?: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
            /** @enum {string} */
            riskLevel?: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
            reason?: string;
        };
        /**
         * @example {
         *       "assigneeId": "u-tanger-coordinator-2",
         *       "reason": "Congé de la coordinatrice"
         *     }
         */
        ReassignDto: {
            /** @description a coordinator of the case’s province */
            assigneeId: string;
            reason?: string;
        };
        /**
         * @example {
         *       "summary": "Protocole standard révisé: besoin de soins constaté",
         *       "needs": [
         *         "HEALTH",
         *         "SCHOOLING"
         *       ],
         *       "riskLevel": "MEDIUM",
         *       "reason": "Certificat médical reçu"
         *     }
         */
        ReviseAssessmentDto: {
            summary: string;
            needs?: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
            /** @enum {string} */
            riskLevel?: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
            reason: string;
        };
        /**
         * @example {
         *       "objectives": [
         *         "Retour à l’école",
         *         "Suivi médical mensuel"
         *       ],
         *       "placement": "FAMILY",
         *       "services": [
         *         "HEALTH",
         *         "SCHOOLING"
         *       ],
         *       "reason": "Besoin de soins apparu"
         *     }
         */
        ReviseCarePlanDto: {
            objectives: string[];
            /** @enum {string} */
            placement: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT";
            services?: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
            reason: string;
        };
        /**
         * @example {
         *       "placement": "INSTITUTION",
         *       "note": "Accueil au foyer de la province"
         *     }
         */
        PlacementDto: {
            /** @enum {string} */
            placement: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT";
            note?: string;
        };
        /**
         * @example {
         *       "note": "N’est pas rentré au foyer ce soir"
         *     }
         */
        RunawayDto: {
            /**
             * Format: date-time
             * @description when the child was last seen (default: now)
             */
            lastSeenAt?: string;
            note?: string;
        };
        /**
         * @example {
         *       "note": "Retrouvé chez sa tante, en sécurité"
         *     }
         */
        ChildFoundDto: {
            note?: string;
        };
        /**
         * @example {
         *       "duplicateCaseId": "3f1c2b9e-8d4a-4c1e-9b7a-2e5d6f708192",
         *       "reason": "Même enfant signalé par l’école puis par la police"
         *     }
         */
        MergeDto: {
            /**
             * Format: uuid
             * @description the other case of the same child, merged into this one (which goes on)
             */
            duplicateCaseId: string;
            reason: string;
        };
        MergedDto_Output: {
            survivor: {
                id: string;
                reference: string;
                pathway: {
                    caseId: string;
                    reference: string;
                    provinceCode: string;
                    /** @enum {string} */
                    category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                    /** @enum {string} */
                    riskLevel: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
                    /** @enum {string} */
                    track: "SOCIAL" | "JUDICIAL";
                    /** @enum {string} */
                    stage: "REPORTED" | "ACKNOWLEDGED" | "URGENT_PROTECTION" | "ASSESSMENT" | "CARE_PLAN" | "REFERRALS" | "FOLLOW_UP" | "INTEGRATION" | "FAMILY_REINTEGRATION" | "AFTER_CARE" | "CLOSED" | "MERGED";
                    /**
                     * @description MERGED: a duplicate of another case of the child (mergedInto)
                     * @enum {string}
                     */
                    status: "OPEN" | "CLOSED" | "MERGED";
                    assigneeId: string | null;
                    reports: string[];
                    openSteps: {
                        /** @description the step’s key (a referral’s steps name it) */
                        key: string;
                        step: string;
                        /** @description ISO-8601 instant */
                        dueAt: string | null;
                        /** @description rung of the escalation ladder reached, 0 = the assignee */
                        level: number;
                        overdue: boolean;
                        provinceCode: string;
                        ref: string | null;
                    }[];
                    /** @enum {string} */
                    assessment: "PENDING" | "SUBMITTED" | "APPROVED";
                    /** @enum {string} */
                    carePlan: "NONE" | "PENDING" | "SUBMITTED" | "APPROVED";
                    /** @enum {string|null} */
                    placement: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
                    inInstitution: boolean;
                    referrals: {
                        referralId: string;
                        organisationId: string;
                        /** @enum {string} */
                        service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                        /** @enum {string} */
                        basis: "CONSENT" | "COURT_ORDER" | "NONE";
                        /** @enum {string} */
                        status: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
                        reason: string | null;
                        courtOrderId: string | null;
                        replaces: string | null;
                        /** @description a referral for a person of the case, not for the child */
                        personId?: string | null;
                    }[];
                    consents: {
                        /** @enum {string} */
                        givenBy: "CHILD" | "GUARDIAN" | "CHILD_AND_GUARDIAN";
                        services: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[] | null;
                        documentRef: string | null;
                        recordedBy: string;
                        /** @description ISO-8601 instant */
                        at: string;
                    }[];
                    courtOrders: {
                        orderId: string;
                        measures: ("FAMILY_SUPPORT" | "SOCIAL_AID" | "PSYCHOLOGICAL" | "HEALTH" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PLACEMENT" | "SUPERVISED_FREEDOM")[];
                        coversInformationSharing: boolean;
                        /** @description ISO-8601 instant */
                        receivedAt: string;
                        /** @description ISO-8601 instant */
                        closedAt: string | null;
                        /** @description ISO-8601 interval of the court reports */
                        reportEvery?: string | null;
                        reportsSent?: number;
                        pendingReport?: {
                            n: number;
                            /** @enum {string} */
                            language: "ar" | "fr";
                            /** @description ISO-8601 instant */
                            submittedAt: string;
                            /** @description ISO-8601 instant */
                            dueAt: string | null;
                        } | null;
                        decisions?: {
                            report: number;
                            /** @enum {string} */
                            decision: "MAINTAIN" | "MODIFY" | "END";
                            /** @description ISO-8601 instant */
                            at: string;
                        }[];
                    }[];
                    prosecutorReported: boolean;
                    integrations: {
                        /** @enum {string} */
                        kind: "FAMILY" | "SCHOOL" | "VOCATIONAL_TRAINING";
                        /** @description ISO-8601 instant */
                        at: string;
                    }[];
                    /** @description ISO-8601 instant */
                    adultAt: string | null;
                    dobEstimated: boolean;
                    adult: boolean;
                    afterCare: {
                        /** @description ISO-8601 instant */
                        enteredAt: string;
                        /** @description ISO-8601 instant */
                        endsAt: string;
                        autonomyPlan: boolean;
                    } | null;
                    closure: {
                        /** @enum {string} */
                        reason: "INTEGRATED" | "NO_LONGER_AT_RISK" | "AUTONOMY" | "AGE_LIMIT" | "MOVED_ABROAD" | "OTHER";
                        note: string | null;
                        requestedBy: string | null;
                    } | null;
                    /** @description ISO-8601 instant */
                    closedAt: string | null;
                    escalations: number;
                    /** @description runs (continue-as-new) of this life of the case */
                    runs: number;
                    childSeen?: boolean;
                    /** @description the child ran away and has not been found yet */
                    missingSince?: string | null;
                    revising?: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                    /** @enum {string|null} */
                    revisedPlacement?: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
                    mergedInto?: {
                        caseId: string;
                        workflowId: string;
                        /** @description ISO-8601 instant */
                        at: string;
                    } | null;
                    merged?: {
                        caseId: string;
                        reference: string;
                        /** @description ISO-8601 instant */
                        at: string;
                        reports: string[];
                        referrals: string[];
                        steps: string[];
                        dropped: string[];
                    }[];
                    /** @description the pathway template the case runs (absent or null: the generic version 1) */
                    template?: {
                        /** @enum {string} */
                        category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                        /** @description null: the national default (administrators); else a provincial override */
                        provinceCode: string | null;
                        /** @enum {string} */
                        track: "SOCIAL" | "JUDICIAL";
                        phases: {
                            /** @enum {string} */
                            step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                            entry?: boolean;
                            /** @enum {string} */
                            when?: "ALWAYS" | "URGENT";
                            next: (("ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE") | "CLOSE")[];
                        }[];
                        prosecutor: {
                            /** @enum {string} */
                            inform: "AT_REPORT" | "IF_REDIRECTED" | "NEVER";
                        };
                        approvals: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                        defaultServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                        familyServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                        reviews: {
                            /** @enum {string} */
                            step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                            every?: string;
                            /** @enum {string} */
                            when: "CARE_PLAN_APPROVED" | "IN_INSTITUTION" | "DEPRIVED_OF_LIBERTY";
                        }[];
                        reintegration: {
                            visitEvery: string;
                            visits: number;
                        } | null;
                        courtReportEvery: string | null;
                        indicators: string[];
                        version: number;
                    } | null;
                    deprivedOfLiberty?: boolean;
                    persons?: {
                        personId: string;
                        /** @enum {string} */
                        relation: "MOTHER" | "FATHER" | "GUARDIAN" | "SIBLING" | "OTHER_RELATIVE" | "ADULT_WITH_CHILD";
                        /** @description ISO-8601 instant */
                        addedAt: string;
                    }[];
                    familyProposals?: {
                        personId: string;
                        /** @enum {string} */
                        service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                        /** @description ISO-8601 instant */
                        proposedAt: string;
                        referralId: string | null;
                    }[];
                    family?: {
                        /** @description ISO-8601 instant */
                        returnedAt: string;
                        visitEvery: string;
                        visits: number;
                        done: number;
                        /** @description ISO-8601 instant */
                        nextVisitAt: string | null;
                        outcomes: {
                            /** @description ISO-8601 instant */
                            at: string;
                            /** @enum {string} */
                            outcome: "SETTLED" | "CONCERNS" | "NOT_SEEN" | "CHILD_LEFT";
                        }[];
                    } | null;
                };
            };
            duplicate: {
                id: string;
                reference: string;
                mergedIntoId: string;
                /** @description ISO-8601 instant */
                mergedAt: string;
                /** @enum {string} */
                status: "MERGED";
            };
            moved: {
                reports: number;
                recordEntries: number;
                documents: number;
                steps: string[];
                referrals: string[];
            };
            /** @description the merge may be undone until then */
            unmergeUntil: string;
        };
        /**
         * @example {
         *       "reason": "Deux enfants différents: homonymes"
         *     }
         */
        UnmergeDto: {
            reason: string;
        };
        UnmergedDto_Output: {
            id: string;
            reference: string;
            /** @enum {string} */
            status: "OPEN";
            /** @enum {string} */
            stage: "REPORTED";
            workflowId: string;
            /** @description the case it had been merged into */
            unmergedFrom: string;
            restored: {
                reports: number;
                recordEntries: number;
                documents: number;
            };
            notRestored: string;
        };
        /**
         * @example {
         *       "organisationId": "org-tanger-upe",
         *       "service": "PSYCHOLOGICAL",
         *       "sharesInformation": true
         *     }
         */
        CreateReferralDto: {
            organisationId: string;
            /** @enum {string} */
            service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
            /** @description the referral shares the child’s information (needs consent or a court order); default true */
            sharesInformation?: boolean;
            /**
             * Format: uuid
             * @description the declined or expired referral this one re-orients
             */
            replaces?: string;
        };
        ReferralCreatedDto_Output: {
            referralId: string;
            /** @description the referral’s own pathway */
            workflowId: string;
            /** @description the case’s pathway after the referral */
            case: {
                caseId: string;
                reference: string;
                provinceCode: string;
                /** @enum {string} */
                category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                /** @enum {string} */
                riskLevel: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW";
                /** @enum {string} */
                track: "SOCIAL" | "JUDICIAL";
                /** @enum {string} */
                stage: "REPORTED" | "ACKNOWLEDGED" | "URGENT_PROTECTION" | "ASSESSMENT" | "CARE_PLAN" | "REFERRALS" | "FOLLOW_UP" | "INTEGRATION" | "FAMILY_REINTEGRATION" | "AFTER_CARE" | "CLOSED" | "MERGED";
                /**
                 * @description MERGED: a duplicate of another case of the child (mergedInto)
                 * @enum {string}
                 */
                status: "OPEN" | "CLOSED" | "MERGED";
                assigneeId: string | null;
                reports: string[];
                openSteps: {
                    /** @description the step’s key (a referral’s steps name it) */
                    key: string;
                    step: string;
                    /** @description ISO-8601 instant */
                    dueAt: string | null;
                    /** @description rung of the escalation ladder reached, 0 = the assignee */
                    level: number;
                    overdue: boolean;
                    provinceCode: string;
                    ref: string | null;
                }[];
                /** @enum {string} */
                assessment: "PENDING" | "SUBMITTED" | "APPROVED";
                /** @enum {string} */
                carePlan: "NONE" | "PENDING" | "SUBMITTED" | "APPROVED";
                /** @enum {string|null} */
                placement: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
                inInstitution: boolean;
                referrals: {
                    referralId: string;
                    organisationId: string;
                    /** @enum {string} */
                    service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                    /** @enum {string} */
                    basis: "CONSENT" | "COURT_ORDER" | "NONE";
                    /** @enum {string} */
                    status: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
                    reason: string | null;
                    courtOrderId: string | null;
                    replaces: string | null;
                    /** @description a referral for a person of the case, not for the child */
                    personId?: string | null;
                }[];
                consents: {
                    /** @enum {string} */
                    givenBy: "CHILD" | "GUARDIAN" | "CHILD_AND_GUARDIAN";
                    services: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[] | null;
                    documentRef: string | null;
                    recordedBy: string;
                    /** @description ISO-8601 instant */
                    at: string;
                }[];
                courtOrders: {
                    orderId: string;
                    measures: ("FAMILY_SUPPORT" | "SOCIAL_AID" | "PSYCHOLOGICAL" | "HEALTH" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PLACEMENT" | "SUPERVISED_FREEDOM")[];
                    coversInformationSharing: boolean;
                    /** @description ISO-8601 instant */
                    receivedAt: string;
                    /** @description ISO-8601 instant */
                    closedAt: string | null;
                    /** @description ISO-8601 interval of the court reports */
                    reportEvery?: string | null;
                    reportsSent?: number;
                    pendingReport?: {
                        n: number;
                        /** @enum {string} */
                        language: "ar" | "fr";
                        /** @description ISO-8601 instant */
                        submittedAt: string;
                        /** @description ISO-8601 instant */
                        dueAt: string | null;
                    } | null;
                    decisions?: {
                        report: number;
                        /** @enum {string} */
                        decision: "MAINTAIN" | "MODIFY" | "END";
                        /** @description ISO-8601 instant */
                        at: string;
                    }[];
                }[];
                prosecutorReported: boolean;
                integrations: {
                    /** @enum {string} */
                    kind: "FAMILY" | "SCHOOL" | "VOCATIONAL_TRAINING";
                    /** @description ISO-8601 instant */
                    at: string;
                }[];
                /** @description ISO-8601 instant */
                adultAt: string | null;
                dobEstimated: boolean;
                adult: boolean;
                afterCare: {
                    /** @description ISO-8601 instant */
                    enteredAt: string;
                    /** @description ISO-8601 instant */
                    endsAt: string;
                    autonomyPlan: boolean;
                } | null;
                closure: {
                    /** @enum {string} */
                    reason: "INTEGRATED" | "NO_LONGER_AT_RISK" | "AUTONOMY" | "AGE_LIMIT" | "MOVED_ABROAD" | "OTHER";
                    note: string | null;
                    requestedBy: string | null;
                } | null;
                /** @description ISO-8601 instant */
                closedAt: string | null;
                escalations: number;
                /** @description runs (continue-as-new) of this life of the case */
                runs: number;
                childSeen?: boolean;
                /** @description the child ran away and has not been found yet */
                missingSince?: string | null;
                revising?: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                /** @enum {string|null} */
                revisedPlacement?: "FAMILY" | "INSTITUTION" | "FOSTER_FAMILY" | "INDEPENDENT" | null;
                mergedInto?: {
                    caseId: string;
                    workflowId: string;
                    /** @description ISO-8601 instant */
                    at: string;
                } | null;
                merged?: {
                    caseId: string;
                    reference: string;
                    /** @description ISO-8601 instant */
                    at: string;
                    reports: string[];
                    referrals: string[];
                    steps: string[];
                    dropped: string[];
                }[];
                /** @description the pathway template the case runs (absent or null: the generic version 1) */
                template?: {
                    /** @enum {string} */
                    category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                    /** @description null: the national default (administrators); else a provincial override */
                    provinceCode: string | null;
                    /** @enum {string} */
                    track: "SOCIAL" | "JUDICIAL";
                    phases: {
                        /** @enum {string} */
                        step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                        entry?: boolean;
                        /** @enum {string} */
                        when?: "ALWAYS" | "URGENT";
                        next: (("ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE") | "CLOSE")[];
                    }[];
                    prosecutor: {
                        /** @enum {string} */
                        inform: "AT_REPORT" | "IF_REDIRECTED" | "NEVER";
                    };
                    approvals: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                    defaultServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                    familyServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                    reviews: {
                        /** @enum {string} */
                        step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                        every?: string;
                        /** @enum {string} */
                        when: "CARE_PLAN_APPROVED" | "IN_INSTITUTION" | "DEPRIVED_OF_LIBERTY";
                    }[];
                    reintegration: {
                        visitEvery: string;
                        visits: number;
                    } | null;
                    courtReportEvery: string | null;
                    indicators: string[];
                    version: number;
                } | null;
                deprivedOfLiberty?: boolean;
                persons?: {
                    personId: string;
                    /** @enum {string} */
                    relation: "MOTHER" | "FATHER" | "GUARDIAN" | "SIBLING" | "OTHER_RELATIVE" | "ADULT_WITH_CHILD";
                    /** @description ISO-8601 instant */
                    addedAt: string;
                }[];
                familyProposals?: {
                    personId: string;
                    /** @enum {string} */
                    service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                    /** @description ISO-8601 instant */
                    proposedAt: string;
                    referralId: string | null;
                }[];
                family?: {
                    /** @description ISO-8601 instant */
                    returnedAt: string;
                    visitEvery: string;
                    visits: number;
                    done: number;
                    /** @description ISO-8601 instant */
                    nextVisitAt: string | null;
                    outcomes: {
                        /** @description ISO-8601 instant */
                        at: string;
                        /** @enum {string} */
                        outcome: "SETTLED" | "CONCERNS" | "NOT_SEEN" | "CHILD_LEFT";
                    }[];
                } | null;
            };
        };
        ReferralListDto_Output: {
            /** @description newest first */
            items: {
                id: string;
                caseReference: string;
                provinceCode: string;
                category: string;
                riskLevel: string;
                organisationId: string;
                /** @description the organisation’s name (French) */
                organisation: string;
                service: string;
                /** @enum {string} */
                status: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
                /** @description CONSENT or COURT_ORDER: what allows sharing the child’s information */
                basis: string | null;
                declineReason: string | null;
                /** @description ISO-8601 instant */
                createdAt: string;
                /** @description ISO-8601 instant */
                acceptDueAt: string | null;
                /** @description ISO-8601 instant */
                acceptedAt: string | null;
                /** @description ISO-8601 instant */
                startedAt: string | null;
                /** @description ISO-8601 instant */
                completedAt: string | null;
                child: {
                    initials: string | null;
                    sex: string | null;
                    age: number | null;
                    ageEstimated: boolean;
                };
            }[];
        };
        ReferralViewDto_Output: {
            id: string;
            caseReference: string;
            provinceCode: string;
            category: string;
            riskLevel: string;
            organisationId: string;
            /** @description the organisation’s name (French) */
            organisation: string;
            service: string;
            /** @enum {string} */
            status: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
            /** @description CONSENT or COURT_ORDER: what allows sharing the child’s information */
            basis: string | null;
            declineReason: string | null;
            /** @description ISO-8601 instant */
            createdAt: string;
            /** @description ISO-8601 instant */
            acceptDueAt: string | null;
            /** @description ISO-8601 instant */
            acceptedAt: string | null;
            /** @description ISO-8601 instant */
            startedAt: string | null;
            /** @description ISO-8601 instant */
            completedAt: string | null;
            child: {
                initials: string | null;
                sex: string | null;
                age: number | null;
                ageEstimated: boolean;
            };
        };
        /** @example {} */
        EmptyDto: Record<string, never>;
        ReferralStateDto_Output: {
            referralId: string;
            caseId: string;
            organisationId: string;
            /** @enum {string} */
            service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
            /** @enum {string} */
            basis: "CONSENT" | "COURT_ORDER" | "NONE";
            /** @enum {string} */
            status: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
            declineReason: string | null;
            /** @description ISO-8601 instant */
            acceptDueAt: string | null;
            /** @description ISO-8601 instant */
            acceptedAt: string | null;
            /** @description ISO-8601 instant */
            startedAt: string | null;
            /** @description ISO-8601 instant */
            completedAt: string | null;
            openSteps: {
                key: string;
                step: string;
                /** @description ISO-8601 instant */
                dueAt: string | null;
                level: number;
                overdue: boolean;
            }[];
        };
        /**
         * @example {
         *       "reason": "Plus de place avant le mois prochain"
         *     }
         */
        DeclineReferralDto: {
            reason: string;
        };
        /**
         * @example {
         *       "summary": "Huit séances de soutien psychologique"
         *     }
         */
        CompleteReferralDto: {
            summary?: string;
        };
        /**
         * @example {
         *       "reference": "PR-TNG-2026-0042"
         *     }
         */
        ProsecutorReportDto: {
            reference?: string;
        };
        /**
         * @example {
         *       "reason": "Violences répétées: la protection judiciaire est nécessaire",
         *       "summary": {
         *         "grounds": [
         *           "PHYSICAL_VIOLENCE"
         *         ],
         *         "facts": "Traces de coups constatées à l’école",
         *         "measuresTaken": [
         *           "HEALTH",
         *           "PSYCHOLOGICAL"
         *         ],
         *         "urgency": "PRIORITY"
         *       }
         *     }
         */
        RedirectDto: {
            reason: string;
            summary?: {
                grounds: ("PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "EXPLOITATION" | "TRAFFICKING" | "CHILD_MARRIAGE" | "ABANDONMENT" | "DANGER_PERSISTS" | "FAMILY_REFUSES_PROTECTION" | "OTHER")[];
                facts?: string;
                measuresTaken?: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                /** @enum {string} */
                urgency: "IMMEDIATE" | "PRIORITY" | "ORDINARY";
            };
        };
        /**
         * @example {
         *       "orderId": "TPI-TNG-2026-15",
         *       "measures": [
         *         "FAMILY_SUPPORT",
         *         "SUPERVISED_FREEDOM"
         *       ],
         *       "referrals": [
         *         {
         *           "organisationId": "org-tanger-upe",
         *           "measure": "FAMILY_SUPPORT"
         *         }
         *       ],
         *       "coversInformationSharing": true,
         *       "reportEvery": "P60D"
         *     }
         */
        CourtOrderDto: {
            orderId: string;
            measures: ("FAMILY_SUPPORT" | "SOCIAL_AID" | "PSYCHOLOGICAL" | "HEALTH" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PLACEMENT" | "SUPERVISED_FREEDOM")[];
            referrals?: {
                organisationId: string;
                /** @enum {string} */
                measure?: "FAMILY_SUPPORT" | "SOCIAL_AID" | "PSYCHOLOGICAL" | "HEALTH" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PLACEMENT" | "SUPERVISED_FREEDOM";
                /** @enum {string} */
                service?: "FAMILY_SUPPORT" | "SOCIAL_AID" | "PSYCHOLOGICAL" | "HEALTH" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PLACEMENT" | "SUPERVISED_FREEDOM";
            }[];
            coversInformationSharing?: boolean;
            reportEvery?: string;
        };
        /**
         * @example {
         *       "organisationId": "org-tanger-upe"
         *     }
         */
        MeasureProviderDto: {
            organisationId: string;
        };
        /**
         * @example {
         *       "language": "fr",
         *       "summary": "Suivi familial en cours; scolarité reprise",
         *       "progress": "Séances d’accompagnement familial tous les quinze jours",
         *       "recommendation": "Maintenir la mesure"
         *     }
         */
        CourtReportDto: {
            /** @enum {string} */
            language?: "ar" | "fr";
            summary: string;
            situation?: string;
            progress?: string;
            recommendation?: string;
        };
        /**
         * @example {
         *       "reason": "Préciser la situation scolaire"
         *     }
         */
        RejectReportDto: {
            reason: string;
        };
        /**
         * @example {
         *       "report": 1,
         *       "decision": "MAINTAIN",
         *       "reportEvery": "P60D",
         *       "note": "Audience du 12 mars"
         *     }
         */
        CourtDecisionDto: {
            report?: number;
            /** @enum {string} */
            decision: "MAINTAIN" | "MODIFY" | "END";
            reportEvery?: string;
            note?: string;
        };
        /**
         * @example {
         *       "kind": "CASE",
         *       "summary": "Objectifs du plan tenus; prochaine révision dans trois mois"
         *     }
         */
        ReviewDto: {
            /**
             * @description CASE: review.case; INSTITUTION: review.institution; LIBERTY: review.liberty (see the permission)
             * @enum {string}
             */
            kind: "CASE" | "INSTITUTION" | "LIBERTY";
            summary: string;
        };
        /**
         * @example {
         *       "deprived": true
         *     }
         */
        LibertyDto: {
            /** @description true: custody, detention or a judge’s placement began (liberty reviews start); false: it ended */
            deprived: boolean;
        };
        /** @description by category, province and version */
        TemplateListDto_Output: {
            id: string;
            category: string;
            /** @description null: the national default */
            provinceCode: string | null;
            version: number;
            /** @enum {string} */
            status: "DRAFT" | "PUBLISHED" | "RETIRED";
            createdBy: string;
            createdAt: string;
            publishedAt: string | null;
            publishedBy: string | null;
            template: {
                /** @enum {string} */
                category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                /** @description null: the national default (administrators); else a provincial override */
                provinceCode: string | null;
                /** @enum {string} */
                track: "SOCIAL" | "JUDICIAL";
                phases: {
                    /** @enum {string} */
                    step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                    entry?: boolean;
                    /** @enum {string} */
                    when?: "ALWAYS" | "URGENT";
                    next: (("ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE") | "CLOSE")[];
                }[];
                prosecutor: {
                    /** @enum {string} */
                    inform: "AT_REPORT" | "IF_REDIRECTED" | "NEVER";
                };
                approvals: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                defaultServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                familyServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                reviews: {
                    /** @enum {string} */
                    step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                    every?: string;
                    /** @enum {string} */
                    when: "CARE_PLAN_APPROVED" | "IN_INSTITUTION" | "DEPRIVED_OF_LIBERTY";
                }[];
                reintegration: {
                    visitEvery: string;
                    visits: number;
                } | null;
                courtReportEvery: string | null;
                indicators: string[];
                version: number;
            };
        }[];
        TemplateViewDto_Output: {
            id: string;
            category: string;
            /** @description null: the national default */
            provinceCode: string | null;
            version: number;
            /** @enum {string} */
            status: "DRAFT" | "PUBLISHED" | "RETIRED";
            createdBy: string;
            createdAt: string;
            publishedAt: string | null;
            publishedBy: string | null;
            template: {
                /** @enum {string} */
                category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                /** @description null: the national default (administrators); else a provincial override */
                provinceCode: string | null;
                /** @enum {string} */
                track: "SOCIAL" | "JUDICIAL";
                phases: {
                    /** @enum {string} */
                    step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                    entry?: boolean;
                    /** @enum {string} */
                    when?: "ALWAYS" | "URGENT";
                    next: (("ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE") | "CLOSE")[];
                }[];
                prosecutor: {
                    /** @enum {string} */
                    inform: "AT_REPORT" | "IF_REDIRECTED" | "NEVER";
                };
                approvals: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
                defaultServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                familyServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
                reviews: {
                    /** @enum {string} */
                    step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                    every?: string;
                    /** @enum {string} */
                    when: "CARE_PLAN_APPROVED" | "IN_INSTITUTION" | "DEPRIVED_OF_LIBERTY";
                }[];
                reintegration: {
                    visitEvery: string;
                    visits: number;
                } | null;
                courtReportEvery: string | null;
                indicators: string[];
                version: number;
            };
        };
        /**
         * @example {
         *       "category": "BEGGING_EXPLOITATION",
         *       "provinceCode": "TANGER_ASSILAH",
         *       "track": "JUDICIAL",
         *       "phases": [
         *         {
         *           "step": "ACKNOWLEDGEMENT",
         *           "entry": true,
         *           "next": [
         *             "CHILD_SEEN"
         *           ]
         *         },
         *         {
         *           "step": "CHILD_SEEN",
         *           "when": "ALWAYS",
         *           "next": [
         *             "ASSESSMENT"
         *           ]
         *         },
         *         {
         *           "step": "ASSESSMENT",
         *           "next": [
         *             "CARE_PLAN"
         *           ]
         *         },
         *         {
         *           "step": "CARE_PLAN",
         *           "next": [
         *             "REFERRAL_ACCEPTANCE",
         *             "CLOSE"
         *           ]
         *         },
         *         {
         *           "step": "REFERRAL_ACCEPTANCE",
         *           "next": [
         *             "CLOSE"
         *           ]
         *         }
         *       ],
         *       "prosecutor": {
         *         "inform": "AT_REPORT"
         *       },
         *       "approvals": [
         *         "ASSESSMENT",
         *         "CARE_PLAN",
         *         "CLOSURE"
         *       ],
         *       "defaultServices": [
         *         "SCHOOLING",
         *         "HEALTH"
         *       ],
         *       "familyServices": [
         *         "FAMILY_SUPPORT",
         *         "SOCIAL_AID"
         *       ],
         *       "reviews": [
         *         {
         *           "step": "CASE_REVIEW",
         *           "when": "CARE_PLAN_APPROVED"
         *         }
         *       ],
         *       "reintegration": {
         *         "visitEvery": "P30D",
         *         "visits": 6
         *       },
         *       "courtReportEvery": null,
         *       "indicators": [
         *         "reports_by_category",
         *         "prosecutor_reports",
         *         "begging_children_protected"
         *       ]
         *     }
         */
        TemplateBodyDto: {
            /** @enum {string} */
            category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
            /** @description null: the national default (administrators); else a provincial override */
            provinceCode: string | null;
            /** @enum {string} */
            track: "SOCIAL" | "JUDICIAL";
            phases: {
                /** @enum {string} */
                step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                entry?: boolean;
                /** @enum {string} */
                when?: "ALWAYS" | "URGENT";
                next: (("ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE") | "CLOSE")[];
            }[];
            prosecutor: {
                /** @enum {string} */
                inform: "AT_REPORT" | "IF_REDIRECTED" | "NEVER";
            };
            approvals: ("ASSESSMENT" | "CARE_PLAN" | "CLOSURE" | "COURT_REPORT")[];
            defaultServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
            familyServices: ("HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM")[];
            reviews: {
                /** @enum {string} */
                step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                every?: string;
                /** @enum {string} */
                when: "CARE_PLAN_APPROVED" | "IN_INSTITUTION" | "DEPRIVED_OF_LIBERTY";
            }[];
            reintegration: {
                visitEvery: string;
                visits: number;
            } | null;
            courtReportEvery: string[];
            indicators: ("reports_by_category" | "reports_by_entry_point" | "referrals_accepted_within_deadline_pct" | "escalations_by_level" | "redirections" | "integrations" | "aftercare_entered" | "prosecutor_reports" | "court_reports" | "review_visits_per_year" | "begging_children_protected" | "begging_returned_to_family" | "begging_back_to_school")[];
        };
        /** @example {} */
        MoveCaseDto: {
            /** @description a published version of the case’s category (default: the latest the case’s province runs) */
            version?: number;
        };
        /**
         * @example {
         *       "goals": [
         *         "Logement autonome",
         *         "Formation en électricité"
         *       ]
         *     }
         */
        AutonomyPlanDto: {
            goals: string[];
        };
        /**
         * @example {
         *       "note": "Stage trouvé, logement stable",
         *       "autonomyReached": false
         *     }
         */
        CheckInDto: {
            note?: string;
            autonomyReached?: boolean;
        };
        OrganisationListDto_Output: {
            items: {
                id: string;
                provinceCode: string;
                /** @description ACCOMPANIMENT_CENTRE, UPE, HOSPITAL_UNIT, SCHOOL, POLICE, COURT, SHELTER, NGO, VOCATIONAL, SOCIAL_EMERGENCY */
                kind: string;
                nameFr: string;
                nameAr: string;
                services: string[];
                active: boolean;
            }[];
        };
        RegionListDto_Output: {
            items: {
                code: string;
                nameFr: string;
                nameAr: string;
                provinces: {
                    code: string;
                    regionCode: string;
                    /** @description PROVINCE or PREFECTURE */
                    kind: string;
                    nameFr: string;
                    nameAr: string;
                }[];
            }[];
        };
        MeDto_Output: {
            id: string;
            /** @enum {string} */
            role: "INTAKE" | "COORDINATOR" | "PROVIDER" | "JUDICIAL_LIAISON" | "HEAD_OF_CENTRE" | "DELEGATE" | "COMMITTEE" | "SUPERVISOR" | "AUDITOR" | "ADMIN";
            provinceCode: string | null;
            organisationId: string | null;
            displayName: string;
            email: string | null;
            phone: string | null;
            language: string;
            /** @description the order of channels for non-urgent notices */
            channelOrder: string[];
            /** @description what the permission table lets the user do in their own scope */
            permittedActions: ("report.create" | "child.search" | "case.list" | "case.read" | "case.timeline.read" | "case.deliveries.read" | "case.export" | "case.history.read" | "record.read" | "record.note" | "record.document.attach" | "record.document.read" | "case.acknowledge" | "case.child-seen" | "case.assessment" | "case.care-plan" | "case.approve" | "case.reject" | "case.consent" | "case.integration" | "case.transfer" | "case.close" | "case.correct-child" | "case.retriage" | "case.revise-assessment" | "case.revise-care-plan" | "case.placement" | "case.runaway" | "case.child-found" | "case.reassign" | "case.merge" | "case.unmerge" | "review.case" | "review.institution" | "review.liberty" | "case.liberty" | "case.template.move" | "after-care.plan" | "after-care.check-in" | "person.list" | "person.add" | "person.correct" | "person.remove" | "family.visit" | "referral.create" | "referral.list" | "referral.read" | "referral.accept" | "referral.decline" | "referral.start" | "referral.complete" | "judicial.prosecutor-report" | "judicial.redirect" | "judicial.court-order" | "judicial.court-report" | "judicial.close-order" | "judicial.measure-provider" | "judicial.court-decision" | "complaint.create" | "complaint.respond" | "complaint.list" | "file-access.record" | "file-access.list" | "file-access.answer" | "survey.contact" | "supervision.overdue" | "supervision.escalations" | "indicators.read" | "indicators.diagnosis" | "policy.read" | "policy.update" | "template.read" | "template.national.edit" | "template.province.edit" | "directory.read" | "me.read" | "me.preferences" | "audit.read" | "codec.decode" | "admin.queue-board" | "admin.api-keys")[];
            /** @description what the disclosure rules let the user see */
            disclosures: ("child.identity" | "person.identity" | "person.referred" | "delivery.address")[];
        };
        /**
         * @example {
         *       "channelOrder": [
         *         "SMS",
         *         "EMAIL"
         *       ],
         *       "language": "fr"
         *     }
         */
        PreferencesDto: {
            /**
             * @example [
             *       "SMS",
             *       "EMAIL"
             *     ]
             */
            channelOrder?: ("EMAIL" | "SMS")[];
            /** @enum {string} */
            language?: "ar" | "fr";
        };
        UserProfileDto_Output: {
            id: string;
            /** @enum {string} */
            role: "INTAKE" | "COORDINATOR" | "PROVIDER" | "JUDICIAL_LIAISON" | "HEAD_OF_CENTRE" | "DELEGATE" | "COMMITTEE" | "SUPERVISOR" | "AUDITOR" | "ADMIN";
            provinceCode: string | null;
            organisationId: string | null;
            displayName: string;
            email: string | null;
            phone: string | null;
            language: string;
            /** @description the order of channels for non-urgent notices */
            channelOrder: string[];
        };
        CasePersonsDto_Output: {
            persons: {
                id: string;
                relation: string;
                mayContact: boolean;
                initials: string | null;
                firstName?: string;
                lastName?: string | null;
                phone?: string | null;
                address?: string | null;
                /** @description the referrals made for the person */
                referrals: string[];
            }[];
        };
        /**
         * @example {
         *       "relation": "MOTHER",
         *       "firstName": "Fatima",
         *       "lastName": "Alaoui",
         *       "phone": "+212 600 000 000",
         *       "address": "Derb Sidi Bouabid, Tanger",
         *       "mayContact": true
         *     }
         */
        AddPersonDto: {
            /** @enum {string} */
            relation: "MOTHER" | "FATHER" | "GUARDIAN" | "SIBLING" | "OTHER_RELATIVE" | "ADULT_WITH_CHILD";
            firstName: string;
            lastName?: string;
            phone?: string;
            address?: string;
            /**
             * @description the services may contact this person (a provider referred to them sees their contacts)
             * @default false
             */
            mayContact: boolean;
        };
        PersonAddedDto_Output: {
            person: {
                id: string;
                relation: string;
                mayContact: boolean;
                initials: string | null;
                firstName?: string;
                lastName?: string | null;
                phone?: string | null;
                address?: string | null;
            };
            /** @description services the case’s template proposes for this person */
            proposals: {
                /** @enum {string} */
                service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
                referralId: string | null;
            }[];
        };
        /**
         * @example {
         *       "phone": "+212 611 111 111",
         *       "mayContact": true
         *     }
         */
        CorrectPersonDto: {
            /** @enum {string} */
            relation?: "MOTHER" | "FATHER" | "GUARDIAN" | "SIBLING" | "OTHER_RELATIVE" | "ADULT_WITH_CHILD";
            firstName?: string;
            lastName?: string | null;
            phone?: string | null;
            address?: string | null;
            mayContact?: boolean;
        };
        PersonCorrectedDto_Output: {
            person: {
                id: string;
                relation: string;
                mayContact: boolean;
                initials: string | null;
                firstName?: string;
                lastName?: string | null;
                phone?: string | null;
                address?: string | null;
            };
        };
        PersonRemovedDto_Output: {
            /** @description the person’s id */
            removed: string;
        };
        /**
         * @example {
         *       "organisationId": "org-tanger-shelter",
         *       "service": "SOCIAL_AID",
         *       "sharesInformation": false
         *     }
         */
        PersonReferralDto: {
            organisationId: string;
            /** @enum {string} */
            service: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
            /** @description the referral shares the child’s information (needs consent or a court order); default true */
            sharesInformation?: boolean;
        };
        ReferredPersonDto_Output: {
            referralId: string;
            service: string;
            person: {
                id: string;
                relation: string;
                mayContact: boolean;
                initials: string | null;
                firstName?: string;
                lastName?: string | null;
                phone?: string | null;
                address?: string | null;
            };
        };
        /**
         * @example {
         *       "outcome": "SETTLED",
         *       "note": "L’enfant va à l’école, la mère suit l’aide sociale"
         *     }
         */
        FamilyVisitDto: {
            /** @enum {string} */
            outcome: "SETTLED" | "CONCERNS" | "NOT_SEEN" | "CHILD_LEFT";
            note?: string;
            /** @description after the last visit: ask the head of centre to close the case (integrated) */
            requestClosure?: boolean;
        };
        PolicyDto_Output: {
            provinceCode: string;
            effective: {
                step: string;
                /** @description by risk level: the deadline and whose rule sets it; null when no rule does */
                byRiskLevel: {
                    [key: string]: {
                        duration: string;
                        /** @description province or national */
                        source: string;
                    } | null;
                };
            }[];
            rules: {
                id: string;
                /** @description null: the national default */
                provinceCode: string | null;
                category: string | null;
                riskLevel: string | null;
                step: string;
                /** @description ISO-8601 duration */
                duration: string;
                updatedAt: string;
                updatedBy: string | null;
            }[];
        };
        /**
         * @example {
         *       "provinceCode": "TANGER_ASSILAH",
         *       "category": null,
         *       "riskLevel": "LOW",
         *       "step": "ACKNOWLEDGEMENT",
         *       "duration": "PT24H"
         *     }
         */
        PolicyRuleDto: {
            /** @description null: the national default */
            provinceCode: string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE" | null;
            /**
             * @default null
             * @enum {string|null}
             */
            riskLevel: "IMMINENT" | "HIGH" | "MEDIUM" | "LOW" | null;
            /** @enum {string} */
            step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE" | "ESCALATION_INTERVAL";
            duration: string;
        };
        PolicyRuleViewDto_Output: {
            id: string;
            /** @description null: the national default */
            provinceCode: string | null;
            category: string | null;
            riskLevel: string | null;
            step: string;
            /** @description ISO-8601 duration */
            duration: string;
            updatedAt: string;
            updatedBy: string | null;
        };
        CaseHistoryDto_Output: {
            caseId: string;
            workflowId: string;
            /** @enum {string} */
            view: "story" | "temporal";
            total: number;
            page: number;
            pageSize: number;
            /** @description view=story: from PostgreSQL; view=temporal: the workflow’s events */
            items: ({
                /** @description ISO-8601 instant */
                at: string;
                /**
                 * @description where the entry comes from
                 * @enum {string}
                 */
                source: "CASE" | "REPORT" | "FACT" | "STEP" | "ESCALATION" | "DELIVERY" | "REFERRAL" | "COMPLAINT" | "RECORD" | "AUDIT";
                type: string;
                summary: string;
                actor: {
                    userId: string;
                    role: string | null;
                } | null;
                /** @description the referral the entry is about */
                referralId?: string;
                /** @description as the disclosure rules let the reader see them */
                details?: unknown;
            } | {
                runId: string;
                eventId: number;
                /** @description ISO-8601 instant */
                at: string | null;
                type: string;
                summary: string;
                details?: unknown;
            })[];
        };
        OverdueDto_Output: {
            /** @description ISO-8601 instant */
            at: string;
            total: number;
            /** @description by province code, the most overdue first */
            byProvince: {
                [key: string]: {
                    caseId: string;
                    caseReference: string;
                    category: string;
                    riskLevel: string;
                    step: string;
                    stepKey: string;
                    /** @description ISO-8601 instant */
                    dueAt: string;
                    /** @description how late, in milliseconds */
                    lateMs: number;
                    /** @description the ladder level reached */
                    level: number;
                }[];
            };
        };
        EscalationCountsDto_Output: {
            /** @enum {string} */
            period: "day" | "week" | "month";
            items: {
                /** @description the start of the period */
                period: string;
                provinceCode: string;
                level: number;
                role: string;
                count: number;
            }[];
        };
        BreakdownsDto_Output: {
            from: string;
            to: string;
            scope: {
                levels: ("NATION" | "REGION" | "PROVINCE")[];
                regionCode?: string;
                provinceCode?: string;
            };
            suppression: {
                threshold: number;
                shownAs: string;
                complementaryShownAs: string;
                note: string;
            };
            cells: {
                /** @enum {string} */
                indicator: "reports_received" | "cases_opened" | "referrals_decided" | "referrals_accepted_within_deadline" | "redirections_judicial_to_social" | "redirections_social_to_judicial" | "prosecutor_reports" | "children_integrated" | "children_back_to_family" | "children_back_to_school" | "children_into_vocational_training" | "aftercare_entries" | "social_emergency_interventions";
                /** @enum {string} */
                level: "NATION" | "REGION" | "PROVINCE";
                /** @description the nation (MA), the region’s code or the province’s code */
                territory: string;
                regionCode: string | null;
                provinceCode: string | null;
                /** @enum {string} */
                breakdown: "TOTAL" | "SEX" | "AGE_BAND" | "CATEGORY" | "ENTRY_POINT" | "SEX_AGE_BAND";
                sex: string | null;
                ageBand: string | null;
                category: string | null;
                entryPoint: string | null;
                value: number | string;
                /** @enum {string} */
                suppressed?: "PRIMARY" | "COMPLEMENTARY";
            }[];
        };
        IndicatorsDto_Output: {
            from: string;
            to: string;
            provinceCode: string | null;
            rows: {
                provinceCode: string;
                indicator: string;
                dimension: string;
                value: number | string;
            }[];
        };
        PressFiguresDto_Output: {
            from: string;
            to: string;
            /** @enum {string} */
            level: "NATION" | "REGION" | "PROVINCE";
            territory: string;
            suppression: {
                threshold: number;
                shownAs: string;
                complementaryShownAs: string;
                note: string;
            };
            /** @description childrenIntegrated, backToSchool, intoVocationalTraining, socialEmergencyInterventions */
            figures: {
                [key: string]: {
                    /** @enum {string} */
                    indicator: "reports_received" | "cases_opened" | "referrals_decided" | "referrals_accepted_within_deadline" | "redirections_judicial_to_social" | "redirections_social_to_judicial" | "prosecutor_reports" | "children_integrated" | "children_back_to_family" | "children_back_to_school" | "children_into_vocational_training" | "aftercare_entries" | "social_emergency_interventions";
                    value: number | string;
                    /** @enum {string} */
                    suppressed?: "PRIMARY" | "COMPLEMENTARY";
                    /** @description girls and boys */
                    bySex: {
                        [key: string]: number | string;
                    };
                };
            };
        };
        BeggingDto_Output: {
            from: string;
            to: string;
            /** @enum {string} */
            category: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
            cities: {
                /** @description the city (province or prefecture); TOTAL for the total */
                provinceCode: string;
                childrenProtected: number | string;
                girls: number | string;
                boys: number | string;
                returnedToFamily: number | string;
                backToSchool: number | string;
            }[];
            total: {
                /** @description the city (province or prefecture); TOTAL for the total */
                provinceCode: string;
                childrenProtected: number | string;
                girls: number | string;
                boys: number | string;
                returnedToFamily: number | string;
                backToSchool: number | string;
            };
            suppression: {
                threshold: number;
                shownAs: string;
                complementaryShownAs: string;
            };
        };
        JudicialDto_Output: {
            from: string;
            to: string;
            provinces: {
                provinceCode: string;
                reportsToProsecutor: number;
                redirectionsSocialToJudicial: number;
                redirectionsJudicialToSocial: number;
                courtOrders: number;
                courtReportsSent: number;
                courtReportsOnTime: number;
                courtReportsLate: number;
                measuresAwaitingProvider: number;
            }[];
        };
        DiagnosisDto_Output: {
            provinceCode: string;
            province: {
                fr: string;
                ar: string;
            };
            year: number;
            period: {
                from: string;
                to: string;
            };
            previousPeriod: {
                from: string;
                to: string;
            };
            suppression: {
                threshold: number;
                shownAs: string;
            };
            indicators: {
                current: number | string;
                previous: number | string;
                /** @enum {string} */
                indicator: "reports_received" | "cases_opened" | "referrals_decided" | "referrals_accepted_within_deadline" | "redirections_judicial_to_social" | "redirections_social_to_judicial" | "prosecutor_reports" | "children_integrated" | "children_back_to_family" | "children_back_to_school" | "children_into_vocational_training" | "aftercare_entries" | "social_emergency_interventions";
            }[];
            overdueSteps: {
                level: number;
                count: number | string;
            }[];
            escalations: {
                level: number;
                role: string;
                count: number | string;
            }[];
            referralAcceptance: {
                organisationId: string;
                name: {
                    fr: string;
                    ar: string;
                };
                decided: number | string;
                accepted: number | string;
                withinDeadline: number | string;
                medianHours: number | null;
            }[];
            redirections: {
                judicialToSocial: {
                    current: number | string;
                    previous: number | string;
                };
                socialToJudicial: {
                    current: number | string;
                    previous: number | string;
                };
            };
            afterCare: {
                entries: {
                    current: number | string;
                    previous: number | string;
                };
                checkIns: number | string;
                autonomyReached: number | string;
            };
            complaints: {
                received: {
                    current: number | string;
                    previous: number | string;
                };
                answered: number | string;
                answeredInTime: number | string;
                byChannel: {
                    channel: string;
                    count: number | string;
                }[];
            };
            satisfaction: {
                /** @description first month (YYYY-MM) */
                from: string;
                /** @description last month, inclusive (YYYY-MM) */
                to: string;
                threshold: number;
                cells: {
                    /** @enum {string} */
                    level: "PROVINCE" | "PROVIDER";
                    provinceCode: string;
                    organisationId: string | null;
                    name: {
                        fr: string;
                        ar: string;
                    } | null;
                    /** @description the count, "< N" or "x" */
                    responses: number | string;
                    /** @description 1 to 5; null when suppressed */
                    meanScore: number | null;
                    /** @description share answering 4 or 5, percent */
                    satisfiedPct: number | null;
                    /** @description share who felt listened to, percent */
                    listenedPct: number | null;
                    /** @enum {string} */
                    suppressed?: "PRIMARY" | "COMPLEMENTARY";
                }[];
            };
        };
        ComplaintDto: {
            provinceCode: string;
            /** Format: uuid */
            caseId?: string;
            /** @enum {string} */
            channel: "GREEN_LINE" | "IN_PERSON" | "LETTER" | "EMAIL" | "API";
            text: string;
        };
        ComplaintCreatedDto_Output: {
            id: string;
            /** @description ISO-8601 instant */
            createdAt: string;
            /** @description about a case: the complaint’s response deadline runs there */
            workflowId: string | null;
        };
        ComplaintResponseDto: {
            response: string;
        };
        ComplaintAnsweredDto_Output: {
            id: string;
            complaintId?: string;
            /** @enum {string} */
            status: "OPEN" | "ANSWERED";
            /** @description ISO-8601 instant */
            dueAt: string | null;
            /** @description the ladder level reached; -1: not yet due */
            level: number;
            /** @description ISO-8601 instant */
            respondedAt: string | null;
            respondedBy: string | null;
        };
        ComplaintListViewDto_Output: {
            /** @description newest first, at most 500 */
            items: {
                id: string;
                caseId: string | null;
                provinceCode: string;
                channel: string;
                text: string;
                /** @description OPEN or ANSWERED */
                status: string;
                /** @description ISO-8601 instant */
                createdAt: string;
                workflowId: string | null;
                /** @description ISO-8601 instant */
                dueAt: string | null;
                /** @description ISO-8601 instant */
                respondedAt: string | null;
                respondedBy: string | null;
                response: string | null;
                /** @description STAFF or PUBLIC */
                origin: string;
                /** @description a public complaint’s reference */
                reference: string | null;
                language: string | null;
            }[];
        };
        PublicProvincesDto_Output: {
            items: {
                code: string;
                nameFr: string;
                nameAr: string;
                region: {
                    code: string;
                    nameFr: string;
                    nameAr: string;
                };
            }[];
        };
        ChallengeDto_Output: {
            /** @description signed; good for one request */
            nonce: string;
            /** @description leading zero bits of SHA-256("<nonce>:<counter>") */
            difficulty: number;
            expiresAt: string;
            /** @enum {string} */
            algorithm: "sha256-leading-zero-bits";
        };
        PublicComplaintDto: {
            /** @description the province the complaint is about (its delegate answers) */
            provinceCode: string;
            /** @description what happened, in Arabic or French; the answer comes in the same language */
            text: string;
            challenge: {
                /** @description from GET /api/v1/public/challenge */
                nonce: string;
                /** @description a counter such that SHA-256("<nonce>:<counter>") starts with `difficulty` zero bits */
                counter: string;
            };
        };
        PublicComplaintFiledDto_Output: {
            reference: string;
            /** @description keep it with the reference to read the answer */
            secret: string;
            /** @description where the answer will be (GET, with the secret) */
            answerAt: string;
        };
        PublicComplaintAnswerDto_Output: {
            reference: string;
            /** @enum {string} */
            status: "RECEIVED" | "ANSWERED";
            receivedAt: string;
            answeredAt: string | null;
            answer: string | null;
        };
        AtCentreDto: {
            /**
             * @description SUBJECT: the young adult the file is about; PARENT: a parent of a minor
             * @enum {string}
             */
            requester: "SUBJECT" | "PARENT";
            /** @enum {string} */
            language: "ar" | "fr";
        };
        FileRequestFiledDto_Output: {
            id: string;
            reference: string;
            /** @description given to the requester with the reference: together they read where the request stands */
            secret: string;
            /** @description where the request stands (GET, with the secret) */
            statusAt: string;
        };
        FileRequestListDto_Output: {
            items: {
                id: string;
                reference: string;
                caseId: string;
                provinceCode: string;
                /** @description SUBJECT or PARENT */
                requester: string;
                /** @description CENTRE or PUBLIC */
                origin: string;
                language: string;
                /** @description OPEN or ANSWERED */
                status: string;
                /** @description ISO-8601 instant */
                createdAt: string;
                /** @description ISO-8601 instant */
                answeredAt: string | null;
                /** @description ISO-8601 instant */
                downloadedAt: string | null;
                /** @description the legal deadline, while the request is open */
                dueAt: string | null;
                /** @description the ladder level reached; -1 when none */
                level: number;
            }[];
        };
        FileRequestAnsweredDto_Output: {
            id: string;
            reference: string;
            /** @enum {string} */
            status: "ANSWERED";
            /** @description SHA-256 of the file handed over */
            exportSha256: string;
        };
        PublicRequestDto: {
            /** @description the case reference the requester was given */
            reference: string;
            /**
             * @description SUBJECT: the young adult the file is about; PARENT: a parent of a minor
             * @enum {string}
             */
            requester: "SUBJECT" | "PARENT";
            /** @description SUBJECT: their own CNIE; PARENT: the parent’s CNIE, as recorded on the child */
            cnie: string;
            /** @description the child’s date of birth (YYYY-MM-DD) */
            dateOfBirth: string;
            /** @enum {string} */
            language: "ar" | "fr";
            challenge: {
                nonce: string;
                counter: string;
            };
        };
        FileRequestStatusDto_Output: {
            reference: string;
            /** @enum {string} */
            status: "RECEIVED" | "READY" | "DOWNLOADED";
            /** @description ISO-8601 instant */
            receivedAt: string;
            /** @description ISO-8601 instant */
            dueAt: string | null;
            /** @description ISO-8601 instant */
            answeredAt: string | null;
            /** @description READY: the one-time download link */
            downloadAt: string | null;
        };
        FileDownloadDto_Output: {
            reference: string;
            /** @description the case’s export (as GET /api/v1/cases/{id}/export), third parties’ details removed */
            file: unknown;
        };
        ContactDto: {
            /**
             * @description CHILD (from 12) or FAMILY
             * @enum {string}
             */
            respondent: "CHILD" | "FAMILY";
            /** @description E.164: the number the invitation goes to */
            phone?: string;
            /** @enum {string} */
            language: "ar" | "fr";
            /**
             * @description the child or the family does not wish to be asked: nothing is sent
             * @default false
             */
            refused: boolean;
        };
        SurveyContactDto_Output: {
            caseId: string;
            /** @enum {string} */
            respondent: "CHILD" | "FAMILY";
            /** @enum {string} */
            language: "ar" | "fr";
            refused: boolean;
            /** @description the last two digits only */
            phone: string | null;
        };
        SatisfactionDto_Output: {
            /** @description first month (YYYY-MM) */
            from: string;
            /** @description last month, inclusive (YYYY-MM) */
            to: string;
            threshold: number;
            cells: {
                /** @enum {string} */
                level: "PROVINCE" | "PROVIDER";
                provinceCode: string;
                organisationId: string | null;
                name: {
                    fr: string;
                    ar: string;
                } | null;
                /** @description the count, "< N" or "x" */
                responses: number | string;
                /** @description 1 to 5; null when suppressed */
                meanScore: number | null;
                /** @description share answering 4 or 5, percent */
                satisfiedPct: number | null;
                /** @description share who felt listened to, percent */
                listenedPct: number | null;
                /** @enum {string} */
                suppressed?: "PRIMARY" | "COMPLEMENTARY";
            }[];
        };
        SurveyPageDto_Output: {
            /** @description CLOSURE or SERVICE */
            kind: string;
            /** @description CHILD or FAMILY */
            respondent: string;
            language: string;
            expiresAt: string;
            questions: string[];
        };
        AnswerDto: {
            /** @description how satisfied, 1 (not at all) to 5 (fully) */
            score: number;
            /** @description felt listened to */
            listened: boolean;
        };
        SurveyAnsweredDto_Output: {
            /** @enum {string} */
            status: "ANSWERED";
        };
        SurveyRefusedDto_Output: {
            /** @enum {string} */
            status: "REFUSED";
        };
        CaseRecordDto_Output: {
            caseId: string;
            reference: string;
            /** @description reports first among equals, by time */
            entries: {
                /** @description the last version */
                id: string;
                /** @description the first version: the entry’s identity */
                rootId: string;
                kind: string;
                version: number;
                /** @description ISO-8601 instant */
                createdAt: string;
                author: {
                    userId: string | null;
                    /** @description null for a report (filed by intake) */
                    role: string | null;
                };
                /** @description ISO-8601 instant */
                updatedAt: string;
                updatedBy: {
                    userId: string | null;
                    /** @description null for a report (filed by intake) */
                    role: string | null;
                };
                referralId: string | null;
                /** @description the entry’s fields; free text only for readers who may see identifying data */
                body: {
                    [key: string]: unknown;
                };
                /** @description the fields left out for this reader */
                withheld: string[];
                versions: {
                    id: string;
                    version: number;
                    /** @description ISO-8601 instant */
                    createdAt: string;
                    author: {
                        userId: string | null;
                        /** @description null for a report (filed by intake) */
                        role: string | null;
                    };
                }[];
            }[];
        };
        EntryVersionsDto_Output: {
            caseId: string;
            entryId: string;
            /** @description oldest first */
            versions: {
                id: string;
                kind: string;
                version: number;
                supersedes: string | null;
                /** @description ISO-8601 instant */
                createdAt: string;
                author: {
                    userId: string | null;
                    /** @description null for a report (filed by intake) */
                    role: string | null;
                };
                /** @description the fields this version changed */
                changed: string[];
                body: {
                    [key: string]: unknown;
                };
                withheld: string[];
            }[];
        };
        /**
         * @example {
         *       "text": "Entretien avec la mère: elle accepte le suivi familial proposé"
         *     }
         */
        NoteDto: {
            text: string;
            /**
             * Format: uuid
             * @description the note this one corrects (its last version): the correction is a new version, the old one stays readable
             */
            supersedes?: string;
        };
        NoteWrittenDto_Output: {
            id: string;
            rootId: string;
            kind: string;
            version: number;
            supersedes: string | null;
            /** @description ISO-8601 instant */
            createdAt: string;
            author: {
                userId: string | null;
                /** @description null for a report (filed by intake) */
                role: string | null;
            };
        };
        DocumentViewDto_Output: {
            id: string;
            caseId: string;
            kind: string;
            title: string | null;
            filename: string;
            /** @description detected from the content: application/pdf, image/jpeg or image/png */
            mediaType: string;
            size: number;
            sha256: string;
            uploadedBy: {
                userId: string;
                role: string;
            };
            /** @description ISO-8601 instant */
            createdAt: string;
        };
        AuditPageDto_Output: {
            items: {
                /** @description the entry’s sequence number (a 64-bit integer, as a string) */
                id: string;
                at: string;
                actorId: string;
                actorRole: string;
                action: string;
                caseId: string | null;
                resource: string | null;
                requestId: string | null;
                sourceIp: string | null;
                /** @description OK, or REFUSED: and why */
                outcome: string;
                detail: string | null;
                prevHash: string;
                /** @description SHA-256 of prevHash and the entry: the chain npm run audit:verify walks */
                hash: string;
            }[];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "payloads": [
         *         {
         *           "metadata": {
         *             "encoding": "anNvbi9wbGFpbg=="
         *           },
         *           "data": "Im1hc2FyIg=="
         *         }
         *       ]
         *     }
         */
        PayloadsDto: {
            payloads: {
                metadata?: {
                    [key: string]: string;
                };
                data?: string;
            }[];
        };
        DecodedPayloadsDto_Output: {
            payloads: {
                /** @description base64 values */
                metadata?: {
                    [key: string]: string;
                };
                /** @description base64 bytes */
                data?: string;
            }[];
        };
        CodecSessionDto_Output: {
            expiresAt: string;
            /** @description where the Temporal UI is */
            temporalUi: {
                origin: string;
                namespace: string;
            };
        };
        CaseDeliveriesDto_Output: {
            /** Format: uuid */
            caseId: string;
            /** @description newest alert first */
            items: {
                /** @description workflow id : step key : level */
                alertKey: string;
                /** @description the case’s pathway or one of its referrals */
                workflowId: string;
                /** @enum {string} */
                step: "ACKNOWLEDGEMENT" | "CHILD_SEEN" | "ASSESSMENT" | "CARE_PLAN" | "APPROVAL" | "REFERRAL_ACCEPTANCE" | "SERVICE_START" | "REORIENTATION" | "CASE_REVIEW" | "INSTITUTION_REVIEW" | "LIBERTY_REVIEW" | "PROSECUTOR_REPORT" | "COURT_REPORT" | "MEASURE_PROVIDER" | "AUTONOMY_PLAN" | "AFTERCARE_CHECKIN" | "COMPLAINT_RESPONSE" | "RUNAWAY" | "FAMILY_VISIT" | "FILE_ACCESS_RESPONSE";
                stepKey: string;
                /** @description rung of the ladder, 0 = the assignee */
                level: number;
                /**
                 * @description whom this rung alerts; every recipient of the alert holds it
                 * @enum {string}
                 */
                ladderRole: "ASSIGNEE" | "HEAD_OF_CENTRE" | "DELEGATE" | "COMMITTEE" | "JUDICIAL_LIAISON";
                /** Format: date-time */
                dueAt: string;
                /** Format: date-time */
                alertedAt: string;
                /**
                 * Format: date-time
                 * @description when its deliveries were recorded
                 */
                createdAt: string;
                /** @description one per recipient and channel */
                deliveries: {
                    recipientId: string;
                    /** @enum {string} */
                    channel: "EMAIL" | "SMS";
                    /** @description in clear for supervisors and administrators; masked otherwise (d***@example.ma, +2126****12) */
                    address: string;
                    /**
                     * @description SENT: accepted by the SMTP server or the SMSC; DELIVERED: the SMSC’s receipt said so
                     * @enum {string}
                     */
                    status: "QUEUED" | "SENT" | "DELIVERED" | "FAILED" | "UNDELIVERABLE";
                    attempts: number;
                    /** @description what the provider last said (addresses masked like `address`) */
                    lastError: string | null;
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: date-time */
                    sentAt: string | null;
                    /** Format: date-time */
                    deliveredAt: string | null;
                    /** Format: date-time */
                    failedAt: string | null;
                }[];
            }[];
            nextCursor: string | null;
        };
        BoardSessionDto_Output: {
            /** @description the board’s path */
            url: string;
            expiresAt: string;
        };
        ApiKeyListDto_Output: {
            items: {
                id: string;
                prefix: string;
                name: string;
                role: string;
                scope: string;
                provinceCode: string | null;
                organisationId: string | null;
                createdAt: string;
                expiresAt: string;
                revokedAt: string | null;
                /** @enum {string} */
                state: "ACTIVE" | "EXPIRED" | "REVOKED";
            }[];
        };
        ApiKeyViewDto_Output: {
            id: string;
            prefix: string;
            name: string;
            role: string;
            scope: string;
            provinceCode: string | null;
            organisationId: string | null;
            createdAt: string;
            expiresAt: string;
            revokedAt: string | null;
            /** @enum {string} */
            state: "ACTIVE" | "EXPIRED" | "REVOKED";
        };
        HealthDto_Output: {
            /** @enum {string} */
            status: "ok" | "degraded";
            checks: {
                postgres: {
                    /** @enum {string} */
                    status: "up" | "down";
                    latencyMs: number;
                    /** @description when down: the first line of the error */
                    error?: string;
                };
                redis: {
                    /** @enum {string} */
                    status: "up" | "down";
                    latencyMs: number;
                    /** @description when down: the first line of the error */
                    error?: string;
                };
                temporal: {
                    /** @enum {string} */
                    status: "up" | "down";
                    latencyMs: number;
                    /** @description when down: the first line of the error */
                    error?: string;
                };
            };
        };
        SessionConfigDto_Output: {
            /** @description the development sign-in is on (never in production) */
            devSignIn: boolean;
            /** @description the identity provider (OpenID Connect, code flow with PKCE) */
            oidc: {
                authority: string;
                clientId: string;
                scope: string;
            } | null;
            /** @description the IANA time zone dates are shown in */
            timeZone: string;
        };
        DemoUsersDto_Output: {
            items: {
                id: string;
                /** @enum {string} */
                role: "INTAKE" | "COORDINATOR" | "PROVIDER" | "JUDICIAL_LIAISON" | "HEAD_OF_CENTRE" | "DELEGATE" | "COMMITTEE" | "SUPERVISOR" | "AUDITOR" | "ADMIN";
                provinceCode: string | null;
                organisationId: string | null;
                displayName: string;
                language: string;
            }[];
        };
        DevSignInDto: {
            /** @example u-tanger-coordinator */
            userId: string;
        };
        DevTokenDto_Output: {
            /** @description a short-lived HS256 token */
            accessToken: string;
            expiresAt: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /**
             * Format: uri
             * @example https://masar.ma/problems/validation
             */
            type: string;
            /** @example The request is not valid */
            title: string;
            /** @example 400 */
            status: number;
            /** @example One or more fields are invalid; see errors. */
            detail?: string;
            /**
             * @description a refusal's stable code (409): key on it, not on the English detail. no_body: the action has no body; case_closed: the case is closed; stage_not_allowed: the pathway does not go from the case’s stage to the one this action leads to; step_not_awaited: the step this action answers is not awaited now (already done, or not yet open); not_acknowledged: the report must be acknowledged (and the case taken by a coordinator) first; field_required: a value the action needs is missing or empty; value_not_allowed: a value is not one the pathway knows; list_empty: a list the action needs names nothing; list_repeats: an item appears twice in a list; nothing_changes: the case is already so: the action would change nothing; already_judicial: the case is already on the judicial track; court_order_exists: this court order is already recorded; court_order_not_open: the court order is not open; court_order_open: a court order is open: the judge closes it first; measure_not_ordered: a referral names a measure the order does not, or a service that does not deliver it; court_report_awaits_approval: a court report already awaits the head of centre’s approval; court_report_not_sent: no such court report has been sent on the order; court_decision_exists: the decision on this report is already recorded; probable_match: the child may already be known: attach the report to a candidate’s case or file it as new; consent_required: sharing the child’s information needs recorded consent or a court order covering it; referral_exists: a referral with this id already exists; referral_status: the referral is not in the status this action needs; provider_not_in_directory: the organisation is not an active provider of the service in the directory; policy_missing: no deadline policy covers the step this action opens; person_unknown: the person named is not a person of this case; visits_remaining: the case may close only after the last follow-up visit; closure_awaits_approval: a closure already awaits approval; adulthood_reached: the 18th birthday has already been reached in this pathway; already_missing: the child is already reported missing; revision_nothing_approved: there is no approved work to revise; revision_not_in_stage: approved work is not revised in the case’s stage; revision_awaits_approval: a revision already awaits approval; template_move_refused: the case cannot move to this template (another category, or not a newer version); same_province: the case is already in this province; already_merged: the case is already merged; merge_into_itself: a case is not merged into itself; merge_empty: the merged case carries nothing; survivor_merged: the case to merge into is itself merged into another; not_merged: the case is not merged into another; unmerge_too_late: the merge is older than the period within which it may be undone; no_own_report: the case has no report of its own left to start its pathway from; case_merged: the case was merged into another: ask for that one; already_answered: the request or complaint has already been answered; challenge_used: this challenge has been used already: ask for another; link_used: this link has been used already; survey_gone: the survey is no longer open (answered, refused or expired); template_not_draft: only a draft template is published; version_superseded: this version was already corrected: correct the last version; pathway_refused: the pathway refuses the action in its present state
             * @example case_closed
             * @enum {string}
             */
            code?: "no_body" | "case_closed" | "stage_not_allowed" | "step_not_awaited" | "not_acknowledged" | "field_required" | "value_not_allowed" | "list_empty" | "list_repeats" | "nothing_changes" | "already_judicial" | "court_order_exists" | "court_order_not_open" | "court_order_open" | "measure_not_ordered" | "court_report_awaits_approval" | "court_report_not_sent" | "court_decision_exists" | "probable_match" | "consent_required" | "referral_exists" | "referral_status" | "provider_not_in_directory" | "policy_missing" | "person_unknown" | "visits_remaining" | "closure_awaits_approval" | "adulthood_reached" | "already_missing" | "revision_nothing_approved" | "revision_not_in_stage" | "revision_awaits_approval" | "template_move_refused" | "same_province" | "already_merged" | "merge_into_itself" | "merge_empty" | "survivor_merged" | "not_merged" | "unmerge_too_late" | "no_own_report" | "case_merged" | "already_answered" | "challenge_used" | "link_used" | "survey_gone" | "template_not_draft" | "version_superseded" | "pathway_refused";
            /** @example /api/v1/reports */
            instance?: string;
            requestId?: string;
            /** @description for a 500: quote it to the operators */
            errorId?: string;
            errors?: {
                /** @example child.dateOfBirth */
                field: string;
                /** @example is in the future */
                message: string;
                code?: string;
            }[];
        };
    };
    responses: never;
    parameters: {
        /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ReportsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCreatedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description problem+json: the child may already be known; the candidates (reference, province, initials, age, score, why) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProbableMatchesDto_Output"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ChildrenController_search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChildSearchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildSearchResultDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                provinceCode?: string;
                status?: "OPEN" | "CLOSED";
                stage?: "REPORTED" | "ACKNOWLEDGED" | "URGENT_PROTECTION" | "ASSESSMENT" | "CARE_PLAN" | "REFERRALS" | "FOLLOW_UP" | "INTEGRATION" | "FAMILY_REINTEGRATION" | "AFTER_CARE" | "CLOSED" | "MERGED";
                limit?: number;
                /** @description the nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseListDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetailDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an attachment (Content-Disposition) of one JSON document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseExportDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CasesController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTimelineDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_acknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_childSeen: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChildSeenDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_assessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_carePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarePlanDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_consent: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_integration: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegrationDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_transfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_correctChild: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectChildDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_retriage: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetriageDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_reassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_reviseAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseAssessmentDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_reviseCarePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseCarePlanDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_placement: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_runaway: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunawayDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_childFound: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChildFoundDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseActionsController_unmerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnmergeDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmergedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            /** @description done: what was created, with the pathway’s state after the action */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralCreatedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                status?: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "STARTED" | "COMPLETED" | "CANCELLED";
                caseId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralListDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineReferralDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReferralsController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteReferralDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_prosecutorReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProsecutorReportDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_redirect: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedirectDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_courtOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourtOrderDto"];
            };
        };
        responses: {
            /** @description done: what was created, with the pathway’s state after the action */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_measureProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                orderId: string;
                measure: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeasureProviderDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_courtReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourtReportDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_approveReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_rejectReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectReportDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_courtDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourtDecisionDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialController_closeOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewsController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewsController_liberty: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LibertyDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TemplatesController_list: {
        parameters: {
            query?: {
                category?: "PHYSICAL_VIOLENCE" | "SEXUAL_VIOLENCE" | "PSYCHOLOGICAL_VIOLENCE" | "NEGLECT" | "ECONOMIC_EXPLOITATION" | "BEGGING_EXPLOITATION" | "SEXUAL_EXPLOITATION" | "STREET_SITUATION" | "CONFLICT_WITH_LAW" | "VICTIM_OR_WITNESS" | "UNACCOMPANIED_MIGRANT" | "WITHOUT_FAMILY_CARE" | "IN_INSTITUTION" | "ONLINE_RISK" | "TRAFFICKING" | "CHILD_MARRIAGE";
                /** @description the overrides of this province beside the national defaults */
                provinceCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateListDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TemplatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TemplatesController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TemplatesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TemplatesController_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveCaseDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AfterCareController_plan: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutonomyPlanDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AfterCareController_checkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryController_organisations: {
        parameters: {
            query: {
                provinceCode: string;
                service?: "HEALTH" | "PSYCHOLOGICAL" | "LEGAL_AID" | "SCHOOLING" | "VOCATIONAL_TRAINING" | "PARENTING_SUPPORT" | "SHELTER" | "SOCIAL_AID" | "FAMILY_SUPPORT" | "SUPERVISED_FREEDOM";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationListDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DirectoryController_provinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionListDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfileDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePersonsDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonsController_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPersonDto"];
            };
        };
        responses: {
            /** @description done: what was created, with the pathway’s state after the action */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonAddedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectPersonDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonCorrectedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRemovedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonsController_refer: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonReferralDto"];
            };
        };
        responses: {
            /** @description done: what was created, with the pathway’s state after the action */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralCreatedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonsController_ofReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferredPersonDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PersonsController_visit: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FamilyVisitDto"];
            };
        };
        responses: {
            /** @description done: the pathway’s state after the action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStateDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliciesController_get: {
        parameters: {
            query: {
                provinceCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliciesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRuleViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SupervisionController_history: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                view?: "story" | "temporal";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseHistoryDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SupervisionController_overdue: {
        parameters: {
            query?: {
                provinceCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SupervisionController_escalations: {
        parameters: {
            query?: {
                provinceCode?: string;
                /** @description ISO-8601 instant with an offset, e.g. 2026-11-23T09:30:00Z */
                from?: string;
                /** @description ISO-8601 instant with an offset, e.g. 2026-11-23T09:30:00Z */
                to?: string;
                period?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationCountsDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IndicatorsController_getBreakdown: {
        parameters: {
            query: {
                /** @description one province (a provincial role: its own, the default) */
                provinceCode?: string;
                /** @description one region (R01-R12) and its provinces; national roles only */
                regionCode?: string;
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive) */
                to: string;
                /** @description only this level (NATION, REGION or PROVINCE); every level by default */
                level?: "NATION" | "REGION" | "PROVINCE";
                /** @description csv, or send Accept: text/csv */
                format?: "json" | "csv";
            };
            header: {
                accept: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with format=csv or Accept: text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakdownsDto_Output"];
                    "text/csv": string;
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IndicatorsController_getPressFigures: {
        parameters: {
            query: {
                /** @description one province (a provincial role: its own, the default) */
                provinceCode?: string;
                /** @description one region (R01-R12) and its provinces; national roles only */
                regionCode?: string;
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PressFiguresDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IndicatorsController_get: {
        parameters: {
            query: {
                provinceCode?: string;
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive) */
                to: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsDto_Output"];
                    "text/csv": string;
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BeggingIndicatorsController_get: {
        parameters: {
            query: {
                /** @description one city (province or prefecture); a provincial role reads its own */
                provinceCode?: string;
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeggingDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JudicialIndicatorsController_get: {
        parameters: {
            query: {
                /** @description one province (a provincial role reads its own) */
                provinceCode?: string;
                /** @description start of the period (inclusive) */
                from: string;
                /** @description end of the period (exclusive) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudicialDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiagnosisController_get: {
        parameters: {
            query: {
                /** @description a provincial role: its own (the default); a national role: required */
                provinceCode?: string;
                year: number;
                lang?: "ar" | "fr";
                format?: "pdf" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the PDF (format=pdf, the default), or its figures (format=json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/json": components["schemas"]["DiagnosisDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ComplaintsController_list: {
        parameters: {
            query?: {
                provinceCode?: string;
                status?: "OPEN" | "ANSWERED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintListViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ComplaintsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintCreatedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ComplaintsController_respond: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintAnsweredDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicComplaintsController_provinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProvincesDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicComplaintsController_challenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicComplaintsController_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicComplaintFiledDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicComplaintsController_answer: {
        parameters: {
            query: {
                secret: string;
            };
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicComplaintAnswerDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FileAccessController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AtCentreDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRequestFiledDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FileAccessController_list: {
        parameters: {
            query?: {
                status?: "OPEN" | "ANSWERED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRequestListDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FileAccessController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRequestAnsweredDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicFileAccessController_challenge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicFileAccessController_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRequestFiledDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicFileAccessController_status: {
        parameters: {
            query: {
                secret: string;
            };
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileRequestStatusDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicFileAccessController_download: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDownloadDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SatisfactionController_contact: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyContactDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SatisfactionController_indicators: {
        parameters: {
            query: {
                /** @description first month (YYYY-MM) */
                from: string;
                /** @description last month, inclusive (YYYY-MM) */
                to: string;
                provinceCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SatisfactionDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicSurveyController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPageDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicSurveyController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnsweredDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicSurveyController_refuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyRefusedDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseRecordDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryVersionsDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordController_note: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description done: what was created, with the pathway’s state after the action */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteWrittenDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case or referral */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason is in detail) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordController_attach: {
        parameters: {
            query?: never;
            header?: {
                /** @description optional: a retry with the same key is the same request and returns the same answer (a key reused for another body is a 422) */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the document: PDF, JPEG or PNG, recognised by its content
                     */
                    file: string;
                    /** @enum {string} */
                    kind: "COURT_ORDER" | "MEDICAL_CERTIFICATE" | "CONSENT_FORM" | "SCHOOL_CERTIFICATE" | "IDENTITY_DOCUMENT" | "REPORT" | "OTHER";
                    title?: string;
                };
            };
        };
        responses: {
            /** @description attached (or already attached): the document’s metadata, its type detected from the content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the case */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the document is larger than DOCUMENT_MAX_BYTES (5 MB by default): nothing is stored */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not sent as multipart/form-data, or the content is not a PDF, a JPEG or a PNG (whatever its name or declared type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                caseId?: string;
                actorId?: string;
                action?: string;
                /** @description ISO-8601 instant with an offset, e.g. 2026-11-23T09:30:00Z */
                from?: string;
                /** @description ISO-8601 instant with an offset, e.g. 2026-11-23T09:30:00Z */
                to?: string;
                /** @description the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CodecController_decode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayloadsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecodedPayloadsDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CodecSessionController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodecSessionDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CodecSessionController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeliveriesController_list: {
        parameters: {
            query?: {
                /** @description alerts per page (each with all its deliveries) */
                limit?: number;
                /** @description the nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDeliveriesDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_boardSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardSessionDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyViewDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no identity, or an invalid token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the permission table refuses your role, or your province or organisation for this case or referral */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such case, referral or complaint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description conflicts with the state of the pathway (the reason in detail, its stable code in code) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every dependency is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description one or more is down: which, and why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto_Output"];
                };
            };
        };
    };
    SessionConfigController_sessionConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionConfigDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DevSignInController_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoUsersDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DevSignInController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenDto_Output"];
                };
            };
            /** @description the request is not valid (field by field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as JSON (Content-Type application/json, UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description well-formed, but names something that does not exist (a province, a user, an organisation) or cannot be (a date in the future); see errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description too many requests from this identity (or address, without one) in the minute; retry after Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unexpected error (with an error id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description PostgreSQL, Redis or Temporal is unavailable; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
