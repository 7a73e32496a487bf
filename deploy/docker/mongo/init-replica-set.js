// docker-compose's one-shot `mongo-init` (mongosh, sharing mongo1's network so that it connects over localhost):
// initiates the three-member replica set `front-door-mongodb`, creates the administrator `admin` (root), then
// creates or updates one user per service, as the Kubernetes manifests do: username = the service's name, defined in
// `admin`, `readWrite` on the service's own database only. Passwords come from the environment (docker-compose.yml
// gives the demo defaults). Runs at every `up`: a second run signs in as admin and only updates the service users.
const ADMIN = 'admin';
const adminPassword = required('MONGODB_ADMIN_PASSWORD');
const SERVICES = [
  ['referral-service', 'referrals', 'REFERRAL_SERVICE_MONGODB_PASSWORD'],
  ['triage-service', 'triage', 'TRIAGE_SERVICE_MONGODB_PASSWORD'],
  ['consultation-service', 'consultations', 'CONSULTATION_SERVICE_MONGODB_PASSWORD'],
  ['case-service', 'cases', 'CASE_SERVICE_MONGODB_PASSWORD'],
  ['outcomes-service', 'outcomes', 'OUTCOMES_SERVICE_MONGODB_PASSWORD'],
];

function required(variable) {
  const value = process.env[variable];
  if (!value) throw new Error(variable + ' is not set');
  return value;
}

function signedIn() {
  try {
    db.getSiblingDB('admin').auth(ADMIN, adminPassword);
    return true;
  } catch (e) {
    return false;
  }
}

if (!signedIn()) {
  // First start: no user exists yet, so MongoDB's localhost exception lets this connection initiate the set and
  // create the first user (and nothing else once that user exists).
  try {
    rs.initiate({
      _id: 'front-door-mongodb',
      members: [
        { _id: 0, host: 'mongo1:27017', priority: 2 },
        { _id: 1, host: 'mongo2:27017' },
        { _id: 2, host: 'mongo3:27017' },
      ],
    });
  } catch (e) {
    if (e.codeName !== 'AlreadyInitialized') throw e;
  }
  while (!db.hello().isWritablePrimary) sleep(1000);
  try {
    db.getSiblingDB('admin').createUser({ user: ADMIN, pwd: adminPassword, roles: ['root'] });
  } catch (e) {
    throw new Error('cannot sign in as ' + ADMIN + ' nor create it (was MONGODB_ADMIN_PASSWORD changed after the '
      + 'first start? It is kept in the mongo volumes): ' + e.message);
  }
  print('replica set front-door-mongodb initiated, user ' + ADMIN + ' created');
}

// The users are written on the primary, wherever it is now.
const primary = new Mongo('mongodb://mongo1:27017,mongo2:27017,mongo3:27017/?replicaSet=front-door-mongodb');
const admin = primary.getDB('admin');
admin.auth(ADMIN, adminPassword);
for (const [user, database, variable] of SERVICES) {
  const roles = [{ role: 'readWrite', db: database }];
  const pwd = required(variable);
  if (admin.getUser(user)) {
    admin.updateUser(user, { pwd, roles });
  } else {
    admin.createUser({ user, pwd, roles });
  }
  print('user ' + user + ': readWrite on ' + database);
}
