/**
 * The profile `bipa-check init` writes: one organization and one system, every fact the statute
 * turns on spelled out with a comment, and left "unknown" where a company must look it up. It
 * validates and audits as written (unknown deciding facts come back as risks, not violations), so
 * the first run shows what to establish. A test keeps it valid.
 *
 * @param schema the path of profile.schema.json relative to the profile, for the editor modeline.
 */
export function starterProfile(schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# bipa-check practices profile (version 1): what your organization does with biometric data.
# Describe each system that captures, stores or shares fingerprints, face geometry, iris or retina
# scans, voiceprints or hand geometry. Write "unknown" where you do not know a fact yet: the audit
# reports each unknown that decides a section as a risk to establish, never as a silent pass.
# The first line points editors that use the YAML language server at the schema, for completion
# and checking as you type.
#
#   bipa-check audit bipa-profile.yaml          # findings, citations and remedies
#   bipa-check explain bipa/15b-written-release  # what a rule checks and why
#
# bipa-check is an assessment aid, not legal advice.
version: 1

organization:
  name: Example Company LLC
  # private-entity | government-unit | illinois-court (Sec. 10: government units and courts are not covered)
  entityType: private-entity
  glba:
    titleVSubject: unknown        # Sec. 25(c): subject to Title V of the Gramm-Leach-Bliley Act?
    role: unknown                 # financial-institution | affiliate-of-financial-institution | vendor-to-financial-institution | none
  licensedFingerprintVendor: unknown  # Sec. 25(d): licensed under the 2004 Private Detective ... Locksmith Act?
  illinoisPresence:               # Illinois ties, for whether BIPA reaches the conduct
    facilities: unknown
    employees: unknown
    customersOrContracts: unknown
    marketsToIllinois: unknown
  offshoreAffiliates: []          # e.g. - { name: Example Ltd, country: SG, accessToBiometricData: unknown }

systems:
  - id: timeclock                 # stable id: used by fingerprints, waivers and baselines
    name: Fingerprint timeclock
    description: Employees clock in and out with a finger scan.
    # fingerprint | face-geometry | iris | retina | voiceprint | hand-geometry
    modalities: [fingerprint]
    outputCanIdentify: unknown    # is a template or vector kept that can identify a person?
    derivedFromPhotographs: unknown
    photographsOnly: unknown      # photographs kept as such, with no geometry computed, are excluded
    healthcare:                   # Sec. 10 exclusions for health care
      patientCareSetting: unknown
      hipaaTreatmentPaymentOperations: unknown
      medicalImaging: unknown
    actingForGovernmentUnit:
      acting: unknown             # Sec. 25(e): working as a contractor or agent of a government unit?
    possession:                   # 15(a), (c), (d), (e) bind an entity "in possession" of the data
      holder: unknown             # entity | vendor-for-entity | vendor-own-purposes | subject-device-only
      storageLocations: []        # where the data is stored, e.g. [Illinois]
    subjects:                     # whose biometrics the system touches
      - population: employees     # employees | contractors | job-applicants | customers | users | minors | visitors | drivers | ...
        count: unknown
        illinoisCount: unknown
        unionRepresented: unknown
        relationship: direct      # direct | none (none: scraped images, non-users in uploads)
        collectiveBargaining:
          covered: unknown        # in a bargaining unit covered by a collective bargaining agreement? (Walton)
        # release: { status: before-first-capture, date: unknown }  # per group: before-first-capture | after-first-capture | none | mixed
        # departures: [{ illinoisCount: 12, date: 2024-06 }]       # people who left, and when
    illinoisNexus:
      illinoisSubjectShare: unknown   # share of subjects in Illinois, 0 to 1
      captureInIllinois: unknown
      captureLocations: []
      processingInIllinois: unknown   # the nexus turns on the system's own subjects, capture and processing
      processingLocations: []
    notice:                       # 15(b)(1)-(2): written notice before collection
      inWriting: unknown
      statesCollection: unknown
      specificPurpose: unknown
      lengthOfTerm: unknown
      date: unknown               # YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)
    release:                      # 15(b)(3): written release before collection
      type: unknown               # wet-signature | electronic-signature | click-through | verbal | none
      signedBy: unknown           # subject | legally-authorized-representative | parent-or-guardian | union
      employmentCondition: unknown
      date: unknown
      obtainedBeforeEachCapture: unknown
      coversAllSubjects: unknown
    collection:
      methods: [timeclock]
      capturedBy: unknown         # entity | vendor-for-entity | subject-device (15(b) needs an active step)
      identifierMethods: []       # pairs actually used, e.g. - { identifier: fingerprint, method: timeclock }
      firstCaptureDate: unknown   # YYYY-MM-DD, YYYY-MM or YYYY
      lastCaptureDate: ongoing    # YYYY-MM-DD, ongoing or unknown
      scansPerSubjectPerYear: unknown
    retention:                    # 15(a): public written policy, schedule and destruction
      policy:
        exists: unknown
        public: unknown
        adoptedDate: unknown
        hasRetentionSchedule: unknown
        hasDestructionGuidelines: unknown
      schedule:
        trigger: unknown          # earlier-of-purpose-or-3-years | purpose-satisfied | last-interaction | fixed-period | none
      practice:
        automatedDeletion: unknown
        daysFromTriggerToDeletion: unknown
        backupsAndReplicasDeleted: unknown
        vendorsDeleteAndCertify: unknown
        recordsRetainedPastTrigger: unknown
    commerce:                     # 15(c): no selling, leasing, trading or otherwise profiting
      sells: unknown
      leases: unknown
      trades: unknown
      licensesDatabaseAccess: unknown
      otherwiseProfits: unknown
    # 15(d): every recipient of the data ([] asserts there are none), e.g.
    #   - { recipient: Timeclock Vendor Inc., type: processor, frequency: per-scan, exception: consent }
    disclosures: unknown
    security:                     # 15(e): reasonable care, at least as for other confidential data
      encryptionAtRest: unknown
      encryptionInTransit: unknown
      templateEncryption: unknown
      accessControl: unknown
      accessLogging: unknown
      intrusionDetection: unknown
      staffTraining: unknown
      parityWithConfidentialInfo: unknown
    breaches: []                  # e.g. - { date: 2024-05-01, exposed: [biometric-templates] }
    crossBorderTransfers: []
    culpability:                  # Sec. 20: negligent or intentional/reckless
      priorNoticeOfBipaDuties: unknown
      knownNonCompliance: unknown
`;
}

/**
 * The config `bipa-check init` writes beside the profile: `failOn: risk`, so a starter profile full
 * of unknown facts fails the gate until they are established, instead of passing on nothing.
 *
 * @param schema the path of config.schema.json relative to the config, for the editor modeline.
 */
export function starterConfig(schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# bipa-check config: project defaults for \`bipa-check audit\` (command-line options win over them).
#
# failOn: risk fails the audit on risks as well as on violations. A fact left "unknown" that decides
# a section is reported as a risk, so with this setting the audit fails until every such fact is
# established: adopting bipa-check cannot pass while nothing has been shown. Once the profile is
# complete you may relax it to violation (the default), which fails only on likely violations.
failOn: risk
# rules:
#   bipa/15e-parity: info       # off | violation | risk | info, per rule
# waivers: bipa-waivers.yaml    # accepted findings, with justification, approver and expiry
# baseline: bipa-baseline.json  # findings accepted before; only new ones fail
`;
}
