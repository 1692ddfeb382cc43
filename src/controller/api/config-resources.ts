// What AlterConfigs and IncrementalAlterConfigs share on the controller listener.
import type { BrokerConfigContext, ConfigResult } from '../quorum-controller/config-control.ts'
import { isNotController, orNotController, type ControllerApiContext } from './registry.ts'

/**
 * The context a broker resource is validated in: the resource's own node id (the forwarding broker
 * checked that it names itself), this node's id for the cluster default (''); a name that is not a
 * node id is left to the controller's own check against this node's id.
 */
export function brokerContextOf (api: ControllerApiContext, resourceName: string): BrokerConfigContext {
  const named = /^\d+$/.test(resourceName) ? Number(resourceName) : api.nodeId
  return { nodeId: named, staticConfig: api.staticConfig }
}

/** The command's result, or NOT_CONTROLLER when this node is not the active controller. */
export async function configResultOf (command: Promise<ConfigResult>): Promise<ConfigResult> {
  const outcome = await orNotController(command)
  return isNotController(outcome) ? { errorCode: outcome.notController, errorMessage: 'This node is not the active controller.' } : outcome
}
