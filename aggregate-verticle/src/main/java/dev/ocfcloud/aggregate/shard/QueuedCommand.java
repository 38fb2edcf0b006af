package dev.ocfcloud.aggregate.shard;

import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import io.vertx.core.eventbus.Message;

/**
 * A command waiting for its turn in a shard, with the message to answer; the shard's own commands
 * (expiring requests) have no message.
 */
record QueuedCommand(Command command, Message<Command> message) {
    static QueuedCommand internal(Command command) {
        return new QueuedCommand(command, null);
    }

    void answer(CommandResult result) {
        if (message != null) {
            message.reply(result);
        }
    }
}
