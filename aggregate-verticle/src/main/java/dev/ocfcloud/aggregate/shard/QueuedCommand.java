package dev.ocfcloud.aggregate.shard;

import dev.ocfcloud.model.command.Command;
import dev.ocfcloud.model.command.CommandResult;
import io.vertx.core.eventbus.Message;

/** A command waiting for its turn in a shard, with the message to answer. */
record QueuedCommand(Command command, Message<Command> message) {
    void answer(CommandResult result) {
        message.reply(result);
    }
}
