// DeleteTopics (key 20): serves v0-v6 (spec 3.8.0: validVersions 0-6, flexible 4+).
// v0-v5 name topics; v6 names them or gives topic ids. The controller commits a RemoveTopicRecord
// for each existing topic; the broker then deletes the partition logs (renamed to `-delete` in slices
// of 10 ms so other connections are served meanwhile, removed right after), and the answer comes once
// they are renamed away. Unknown names get UNKNOWN_TOPIC_OR_PARTITION, unknown ids
// UNKNOWN_TOPIC_ID; with delete.topic.enable=false every topic gets TOPIC_DELETION_DISABLED.
// v5+: error messages. A controller that cannot be reached or answered in time (controller-failure.ts)
// gives every topic NOT_CONTROLLER or REQUEST_TIMED_OUT; the connection stays open.
import { ApiKey } from '../../protocol/generated/api-keys.ts'
import { defaultDeleteTopicsResponse } from '../../protocol/generated/messages/delete-topics.ts'
import type { DeleteResult } from '../../controller/quorum-controller/topic-control.ts'
import { controllerFailure } from '../controller-failure.ts'
import { defineHandler, brokerOf } from './registry.ts'

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'

export const deleteTopicsHandler = defineHandler({
  apiKey: ApiKey.DeleteTopics,
  minVersion: 0,
  maxVersion: 6,
  async handle (ctx, request) {
    const broker = brokerOf(ctx)
    const targets = ctx.header.requestApiVersion >= 6
      ? request.topics.map((t) => ({ name: t.name, topicId: t.name === null ? t.topicId : null }))
      : request.topicNames.map((name) => ({ name, topicId: null }))
    let results: DeleteResult[]
    try {
      results = await broker.controller.deleteTopics(targets, request.timeoutMs)
    } catch (err) {
      const { errorCode, errorMessage } = controllerFailure(err, 'DeleteTopics', broker.log)
      results = targets.map((t) => ({ name: t.name, topicId: t.topicId ?? ZERO_UUID, errorCode, errorMessage }))
    }
    await broker.logsReconciled()
    const response = defaultDeleteTopicsResponse()
    response.responses = results.map((r) => ({ name: r.name, topicId: r.topicId, errorCode: r.errorCode, errorMessage: r.errorMessage }))
    return response
  }
})
