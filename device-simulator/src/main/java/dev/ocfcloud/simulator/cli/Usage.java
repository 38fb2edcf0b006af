package dev.ocfcloud.simulator.cli;

/** The text of {@code --help}; {@code docs/simulator.md} explains each option at length. */
final class Usage {
    static final String TEXT = """
            Usage: java -jar device-simulator.jar [options]

            Simulated OCF devices (behaving as iotivity-lite's cloud_server) over CoAP over TCP.
            Each device signs up (once), signs in, publishes its links and serves the cloud.

            Cloud and fleet
              --cloud <uri>                  coap+tcp://host[:port] of the cloud    [coap+tcp://127.0.0.1:5683]
              --devices <n>                  devices in this process                [1]
              --connect-rate <n>             devices started per second, 0 = all at once [100]
              --source-addresses <list>      local addresses to connect from, round-robin,
                                             e.g. 127.0.0.2-127.0.0.9,127.0.1.1   [system's choice]
              --event-loops <n>              event loops the devices share          [2 x CPU cores]
              --duration <d>                 how long the run lasts (always bounded) [60s]
              --until-ready                  end as soon as every device signed in and published
              --progress-interval <d>        how often a progress line is printed   [5s]
              --on-exit <what>               none | sign-out | deregister, before closing [none]

            Devices
              --name-prefix <text>           device i is named <text><i>            [sim-]
              --device-type <rt>             first resource type of /oic/d          [oic.d.cloudDevice]
              --resources <list>             light, switch, temperature, each optionally
                                             :unobservable; /oic/d and /oic/p always [light,temperature]
              --notify-period <d>            temperatures change this often, 0 = never [0]
              --state-file <file>            keep identities and tokens here; a rerun signs in again

            Onboarding codes (one source; not needed for devices already in the state file)
              --onboarding-code <code>       the same code for every device (only if the cloud allows it)
              --onboarding-codes-file <file> one code per line, device i takes line i
              --onboarding-url <url>         fetch one code per device   [http://127.0.0.1:8080/oauth/onboarding-codes]
              --onboarding-token <token>     bearer token for the onboarding endpoint
              --client-id <id>               ... or a client_credentials grant with this client
              --client-secret <secret>
              --token-url <url>              its token endpoint          [<onboarding origin>/oauth/token]
              --owner <owner>                the owner an admin client asks codes for
              --auth-provider <name>         sign-up authprovider, "" for none      [plgd]

            Protocol timing (defaults are iotivity-lite's)
              --csm                          send a CSM first (the real device sends none)
              --ping-interval <d>            Ping after each Pong, 0 = no pings     [20s]
              --ping-timeout <d>             a missing Pong after this is a miss; 6 misses reconnect [4s]
              --request-timeout <d>          first sign-up/sign-in/refresh timeout, doubling [2s]
              --attempts <n>                 attempts before reconnecting           [6]
              --reconnect-min <d>            first wait before reconnecting, doubling [2s]
              --reconnect-max <d>            longest wait before reconnecting       [64s]
              --sign-in-delay <d>            wait between sign-up and sign-in (iotivity-lite: 1-2 s) [0]
              --republish                    publish every link at every sign-in
              --refresh-on-reconnect         refresh the token before every sign-in on a new connection

              -h, --help                     this text

            While it runs, type on standard input: refresh (every signed-in device refreshes its
            token now), status (a progress line now), stop (end the run with its summary), help.

            Durations: 500ms, 20s, 2m, 1h (a bare number is seconds).
            Exit status: 0 every device signed in and published, 1 not all did, 2 bad command line.
            """;

    private Usage() {}
}
