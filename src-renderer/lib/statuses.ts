// The draft statuses in the order the filter lists them: the domain's list, from its zod-free module so
// the first screen does not pull in the draft schemas.
export { draftStatuses as draftStatusList } from '../../src-main/shared/domain/draft-status';
