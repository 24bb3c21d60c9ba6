import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace istio. */
export namespace istio {

    /** Namespace security. */
    namespace security {

        /**
         * Properties of an Authorization.
         * @deprecated Use istio.security.Authorization.$Properties instead.
         */
        interface IAuthorization extends istio.security.Authorization.$Properties {
        }

        /** Represents an Authorization. */
        class Authorization {

            /**
             * Constructs a new Authorization.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.security.Authorization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Authorization name. */
            name: string;

            /** Authorization namespace. */
            namespace: string;

            /** Authorization scope. */
            scope: istio.security.Scope;

            /** Authorization action. */
            action: istio.security.Action;

            /** Authorization rules. */
            rules: istio.security.Rule.$Properties[];

            /** Authorization dryRun. */
            dryRun: boolean;

            /** Authorization extensions. */
            extensions: istio.workload.Extension.$Properties[];

            /**
             * Creates a new Authorization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Authorization instance
             */
            static create(properties: istio.security.Authorization.$Shape): istio.security.Authorization & istio.security.Authorization.$Shape;
            static create(properties?: istio.security.Authorization.$Properties): istio.security.Authorization;

            /**
             * Encodes the specified Authorization message. Does not implicitly {@link istio.security.Authorization.verify|verify} messages.
             * @param message Authorization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.security.Authorization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Authorization message, length delimited. Does not implicitly {@link istio.security.Authorization.verify|verify} messages.
             * @param message Authorization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.security.Authorization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Authorization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.security.Authorization & istio.security.Authorization.$Shape} Authorization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.security.Authorization & istio.security.Authorization.$Shape;

            /**
             * Decodes an Authorization message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.security.Authorization & istio.security.Authorization.$Shape} Authorization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.security.Authorization & istio.security.Authorization.$Shape;

            /**
             * Verifies an Authorization message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Authorization message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Authorization
             */
            static fromObject(object: { [k: string]: any }): istio.security.Authorization;

            /**
             * Creates a plain object from an Authorization message. Also converts values to other types if specified.
             * @param message Authorization
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.security.Authorization, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Authorization to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Authorization
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Authorization {

            /** Properties of an Authorization. */
            interface $Properties {

                /** Authorization name */
                name?: (string|null);

                /** Authorization namespace */
                namespace?: (string|null);

                /** Authorization scope */
                scope?: (istio.security.Scope|null);

                /** Authorization action */
                action?: (istio.security.Action|null);

                /** Authorization rules */
                rules?: (istio.security.Rule.$Properties[]|null);

                /** Authorization dryRun */
                dryRun?: (boolean|null);

                /** Authorization extensions */
                extensions?: (istio.workload.Extension.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Authorization. */
            type $Shape = {
              name?: string|null;
              namespace?: string|null;
              scope?: istio.security.Scope|null;
              action?: istio.security.Action|null;
              rules?: istio.security.Rule.$Shape[]|null;
              dryRun?: boolean|null;
              extensions?: istio.workload.Extension.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Rule.
         * @deprecated Use istio.security.Rule.$Properties instead.
         */
        interface IRule extends istio.security.Rule.$Properties {
        }

        /** Represents a Rule. */
        class Rule {

            /**
             * Constructs a new Rule.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.security.Rule.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Rule clauses. */
            clauses: istio.security.Clause.$Properties[];

            /**
             * Creates a new Rule instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rule instance
             */
            static create(properties: istio.security.Rule.$Shape): istio.security.Rule & istio.security.Rule.$Shape;
            static create(properties?: istio.security.Rule.$Properties): istio.security.Rule;

            /**
             * Encodes the specified Rule message. Does not implicitly {@link istio.security.Rule.verify|verify} messages.
             * @param message Rule message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.security.Rule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Rule message, length delimited. Does not implicitly {@link istio.security.Rule.verify|verify} messages.
             * @param message Rule message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.security.Rule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rule message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.security.Rule & istio.security.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.security.Rule & istio.security.Rule.$Shape;

            /**
             * Decodes a Rule message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.security.Rule & istio.security.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.security.Rule & istio.security.Rule.$Shape;

            /**
             * Verifies a Rule message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Rule message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Rule
             */
            static fromObject(object: { [k: string]: any }): istio.security.Rule;

            /**
             * Creates a plain object from a Rule message. Also converts values to other types if specified.
             * @param message Rule
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.security.Rule, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Rule to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Rule
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rule {

            /** Properties of a Rule. */
            interface $Properties {

                /** Rule clauses */
                clauses?: (istio.security.Clause.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Rule. */
            type $Shape = {
              clauses?: istio.security.Clause.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Clause.
         * @deprecated Use istio.security.Clause.$Properties instead.
         */
        interface IClause extends istio.security.Clause.$Properties {
        }

        /** Represents a Clause. */
        class Clause {

            /**
             * Constructs a new Clause.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.security.Clause.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Clause matches. */
            matches: istio.security.Match.$Properties[];

            /**
             * Creates a new Clause instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Clause instance
             */
            static create(properties: istio.security.Clause.$Shape): istio.security.Clause & istio.security.Clause.$Shape;
            static create(properties?: istio.security.Clause.$Properties): istio.security.Clause;

            /**
             * Encodes the specified Clause message. Does not implicitly {@link istio.security.Clause.verify|verify} messages.
             * @param message Clause message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.security.Clause.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Clause message, length delimited. Does not implicitly {@link istio.security.Clause.verify|verify} messages.
             * @param message Clause message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.security.Clause.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Clause message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.security.Clause & istio.security.Clause.$Shape} Clause
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.security.Clause & istio.security.Clause.$Shape;

            /**
             * Decodes a Clause message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.security.Clause & istio.security.Clause.$Shape} Clause
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.security.Clause & istio.security.Clause.$Shape;

            /**
             * Verifies a Clause message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Clause message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Clause
             */
            static fromObject(object: { [k: string]: any }): istio.security.Clause;

            /**
             * Creates a plain object from a Clause message. Also converts values to other types if specified.
             * @param message Clause
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.security.Clause, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Clause to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Clause
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Clause {

            /** Properties of a Clause. */
            interface $Properties {

                /** Clause matches */
                matches?: (istio.security.Match.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Clause. */
            type $Shape = {
              matches?: istio.security.Match.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Match.
         * @deprecated Use istio.security.Match.$Properties instead.
         */
        interface IMatch extends istio.security.Match.$Properties {
        }

        /** Represents a Match. */
        class Match {

            /**
             * Constructs a new Match.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.security.Match.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Match namespaces. */
            namespaces: istio.security.StringMatch.$Properties[];

            /** Match notNamespaces. */
            notNamespaces: istio.security.StringMatch.$Properties[];

            /** Match principals. */
            principals: istio.security.StringMatch.$Properties[];

            /** Match notPrincipals. */
            notPrincipals: istio.security.StringMatch.$Properties[];

            /** Match sourceIps. */
            sourceIps: istio.security.Address.$Properties[];

            /** Match notSourceIps. */
            notSourceIps: istio.security.Address.$Properties[];

            /** Match destinationIps. */
            destinationIps: istio.security.Address.$Properties[];

            /** Match notDestinationIps. */
            notDestinationIps: istio.security.Address.$Properties[];

            /** Match destinationPorts. */
            destinationPorts: number[];

            /** Match notDestinationPorts. */
            notDestinationPorts: number[];

            /** Match serviceAccounts. */
            serviceAccounts: istio.security.ServiceAccountMatch.$Properties[];

            /** Match notServiceAccounts. */
            notServiceAccounts: istio.security.ServiceAccountMatch.$Properties[];

            /** Match extensions. */
            extensions: istio.workload.Extension.$Properties[];

            /**
             * Creates a new Match instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Match instance
             */
            static create(properties: istio.security.Match.$Shape): istio.security.Match & istio.security.Match.$Shape;
            static create(properties?: istio.security.Match.$Properties): istio.security.Match;

            /**
             * Encodes the specified Match message. Does not implicitly {@link istio.security.Match.verify|verify} messages.
             * @param message Match message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.security.Match.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Match message, length delimited. Does not implicitly {@link istio.security.Match.verify|verify} messages.
             * @param message Match message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.security.Match.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Match message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.security.Match & istio.security.Match.$Shape} Match
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.security.Match & istio.security.Match.$Shape;

            /**
             * Decodes a Match message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.security.Match & istio.security.Match.$Shape} Match
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.security.Match & istio.security.Match.$Shape;

            /**
             * Verifies a Match message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Match message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Match
             */
            static fromObject(object: { [k: string]: any }): istio.security.Match;

            /**
             * Creates a plain object from a Match message. Also converts values to other types if specified.
             * @param message Match
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.security.Match, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Match to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Match
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Match {

            /** Properties of a Match. */
            interface $Properties {

                /** Match namespaces */
                namespaces?: (istio.security.StringMatch.$Properties[]|null);

                /** Match notNamespaces */
                notNamespaces?: (istio.security.StringMatch.$Properties[]|null);

                /** Match principals */
                principals?: (istio.security.StringMatch.$Properties[]|null);

                /** Match notPrincipals */
                notPrincipals?: (istio.security.StringMatch.$Properties[]|null);

                /** Match sourceIps */
                sourceIps?: (istio.security.Address.$Properties[]|null);

                /** Match notSourceIps */
                notSourceIps?: (istio.security.Address.$Properties[]|null);

                /** Match destinationIps */
                destinationIps?: (istio.security.Address.$Properties[]|null);

                /** Match notDestinationIps */
                notDestinationIps?: (istio.security.Address.$Properties[]|null);

                /** Match destinationPorts */
                destinationPorts?: (number[]|null);

                /** Match notDestinationPorts */
                notDestinationPorts?: (number[]|null);

                /** Match serviceAccounts */
                serviceAccounts?: (istio.security.ServiceAccountMatch.$Properties[]|null);

                /** Match notServiceAccounts */
                notServiceAccounts?: (istio.security.ServiceAccountMatch.$Properties[]|null);

                /** Match extensions */
                extensions?: (istio.workload.Extension.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Match. */
            type $Shape = {
              namespaces?: istio.security.StringMatch.$Shape[]|null;
              notNamespaces?: istio.security.StringMatch.$Shape[]|null;
              principals?: istio.security.StringMatch.$Shape[]|null;
              notPrincipals?: istio.security.StringMatch.$Shape[]|null;
              sourceIps?: istio.security.Address.$Shape[]|null;
              notSourceIps?: istio.security.Address.$Shape[]|null;
              destinationIps?: istio.security.Address.$Shape[]|null;
              notDestinationIps?: istio.security.Address.$Shape[]|null;
              destinationPorts?: number[]|null;
              notDestinationPorts?: number[]|null;
              serviceAccounts?: istio.security.ServiceAccountMatch.$Shape[]|null;
              notServiceAccounts?: istio.security.ServiceAccountMatch.$Shape[]|null;
              extensions?: istio.workload.Extension.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Address.
         * @deprecated Use istio.security.Address.$Properties instead.
         */
        interface IAddress extends istio.security.Address.$Properties {
        }

        /** Represents an Address. */
        class Address {

            /**
             * Constructs a new Address.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.security.Address.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Address address. */
            address: Uint8Array;

            /** Address length. */
            length: number;

            /**
             * Creates a new Address instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Address instance
             */
            static create(properties: istio.security.Address.$Shape): istio.security.Address & istio.security.Address.$Shape;
            static create(properties?: istio.security.Address.$Properties): istio.security.Address;

            /**
             * Encodes the specified Address message. Does not implicitly {@link istio.security.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.security.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Address message, length delimited. Does not implicitly {@link istio.security.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.security.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.security.Address & istio.security.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.security.Address & istio.security.Address.$Shape;

            /**
             * Decodes an Address message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.security.Address & istio.security.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.security.Address & istio.security.Address.$Shape;

            /**
             * Verifies an Address message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Address
             */
            static fromObject(object: { [k: string]: any }): istio.security.Address;

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @param message Address
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.security.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Address to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Address
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Address {

            /** Properties of an Address. */
            interface $Properties {

                /** Address address */
                address?: (Uint8Array|null);

                /** Address length */
                length?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Address. */
            type $Shape = istio.security.Address.$Properties;
        }

        /**
         * Properties of a ServiceAccountMatch.
         * @deprecated Use istio.security.ServiceAccountMatch.$Properties instead.
         */
        interface IServiceAccountMatch extends istio.security.ServiceAccountMatch.$Properties {
        }

        /** Represents a ServiceAccountMatch. */
        class ServiceAccountMatch {

            /**
             * Constructs a new ServiceAccountMatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.security.ServiceAccountMatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceAccountMatch namespace. */
            namespace: string;

            /** ServiceAccountMatch serviceAccount. */
            serviceAccount: string;

            /**
             * Creates a new ServiceAccountMatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceAccountMatch instance
             */
            static create(properties: istio.security.ServiceAccountMatch.$Shape): istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape;
            static create(properties?: istio.security.ServiceAccountMatch.$Properties): istio.security.ServiceAccountMatch;

            /**
             * Encodes the specified ServiceAccountMatch message. Does not implicitly {@link istio.security.ServiceAccountMatch.verify|verify} messages.
             * @param message ServiceAccountMatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.security.ServiceAccountMatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServiceAccountMatch message, length delimited. Does not implicitly {@link istio.security.ServiceAccountMatch.verify|verify} messages.
             * @param message ServiceAccountMatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.security.ServiceAccountMatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceAccountMatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape} ServiceAccountMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape;

            /**
             * Decodes a ServiceAccountMatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape} ServiceAccountMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape;

            /**
             * Verifies a ServiceAccountMatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServiceAccountMatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceAccountMatch
             */
            static fromObject(object: { [k: string]: any }): istio.security.ServiceAccountMatch;

            /**
             * Creates a plain object from a ServiceAccountMatch message. Also converts values to other types if specified.
             * @param message ServiceAccountMatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.security.ServiceAccountMatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceAccountMatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServiceAccountMatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServiceAccountMatch {

            /** Properties of a ServiceAccountMatch. */
            interface $Properties {

                /** ServiceAccountMatch namespace */
                namespace?: (string|null);

                /** ServiceAccountMatch serviceAccount */
                serviceAccount?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceAccountMatch. */
            type $Shape = istio.security.ServiceAccountMatch.$Properties;
        }

        /**
         * Properties of a StringMatch.
         * @deprecated Use istio.security.StringMatch.$Properties instead.
         */
        interface IStringMatch extends istio.security.StringMatch.$Properties {
        }

        /** Represents a StringMatch. */
        class StringMatch {

            /**
             * Constructs a new StringMatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.security.StringMatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringMatch exact. */
            exact?: (string|null);

            /** StringMatch prefix. */
            prefix?: (string|null);

            /** StringMatch suffix. */
            suffix?: (string|null);

            /** StringMatch presence. */
            presence?: (google.protobuf.Empty.$Properties|null);

            /** StringMatch matchType. */
            matchType?: ("exact"|"prefix"|"suffix"|"presence");

            /**
             * Creates a new StringMatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringMatch instance
             */
            static create(properties: istio.security.StringMatch.$Shape): istio.security.StringMatch & istio.security.StringMatch.$Shape;
            static create(properties?: istio.security.StringMatch.$Properties): istio.security.StringMatch;

            /**
             * Encodes the specified StringMatch message. Does not implicitly {@link istio.security.StringMatch.verify|verify} messages.
             * @param message StringMatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.security.StringMatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StringMatch message, length delimited. Does not implicitly {@link istio.security.StringMatch.verify|verify} messages.
             * @param message StringMatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.security.StringMatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringMatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.security.StringMatch & istio.security.StringMatch.$Shape} StringMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.security.StringMatch & istio.security.StringMatch.$Shape;

            /**
             * Decodes a StringMatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.security.StringMatch & istio.security.StringMatch.$Shape} StringMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.security.StringMatch & istio.security.StringMatch.$Shape;

            /**
             * Verifies a StringMatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StringMatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StringMatch
             */
            static fromObject(object: { [k: string]: any }): istio.security.StringMatch;

            /**
             * Creates a plain object from a StringMatch message. Also converts values to other types if specified.
             * @param message StringMatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.security.StringMatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StringMatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StringMatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringMatch {

            /** Properties of a StringMatch. */
            interface $Properties {

                /** StringMatch exact */
                exact?: (string|null);

                /** StringMatch prefix */
                prefix?: (string|null);

                /** StringMatch suffix */
                suffix?: (string|null);

                /** StringMatch presence */
                presence?: (google.protobuf.Empty.$Properties|null);

                /** StringMatch matchType */
                matchType?: ("exact"|"prefix"|"suffix"|"presence");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a StringMatch. */
            type $Shape = {
              exact?: string|null;
              prefix?: string|null;
              suffix?: string|null;
              presence?: google.protobuf.Empty.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ matchType?: undefined; exact?: null; prefix?: null; suffix?: null; presence?: null }|{ matchType?: "exact"; exact: string; prefix?: null; suffix?: null; presence?: null }|{ matchType?: "prefix"; exact?: null; prefix: string; suffix?: null; presence?: null }|{ matchType?: "suffix"; exact?: null; prefix?: null; suffix: string; presence?: null }|{ matchType?: "presence"; exact?: null; prefix?: null; suffix?: null; presence: google.protobuf.Empty.$Shape })
            );
        }

        /** Scope enum. */
        enum Scope {

            /** GLOBAL value */
            GLOBAL = 0,

            /** NAMESPACE value */
            NAMESPACE = 1,

            /** WORKLOAD_SELECTOR value */
            WORKLOAD_SELECTOR = 2
        }

        /** Action enum. */
        enum Action {

            /** ALLOW value */
            ALLOW = 0,

            /** DENY value */
            DENY = 1
        }
    }

    /** Namespace workload. */
    namespace workload {

        /**
         * Properties of an Address.
         * @deprecated Use istio.workload.Address.$Properties instead.
         */
        interface IAddress extends istio.workload.Address.$Properties {
        }

        /** Represents an Address. */
        class Address {

            /**
             * Constructs a new Address.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.Address.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Address workload. */
            workload?: (istio.workload.Workload.$Properties|null);

            /** Address service. */
            service?: (istio.workload.Service.$Properties|null);

            /** Address type. */
            type?: ("workload"|"service");

            /**
             * Creates a new Address instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Address instance
             */
            static create(properties: istio.workload.Address.$Shape): istio.workload.Address & istio.workload.Address.$Shape;
            static create(properties?: istio.workload.Address.$Properties): istio.workload.Address;

            /**
             * Encodes the specified Address message. Does not implicitly {@link istio.workload.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Address message, length delimited. Does not implicitly {@link istio.workload.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.Address & istio.workload.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.Address & istio.workload.Address.$Shape;

            /**
             * Decodes an Address message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.Address & istio.workload.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.Address & istio.workload.Address.$Shape;

            /**
             * Verifies an Address message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Address
             */
            static fromObject(object: { [k: string]: any }): istio.workload.Address;

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @param message Address
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Address to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Address
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Address {

            /** Properties of an Address. */
            interface $Properties {

                /** Address workload */
                workload?: (istio.workload.Workload.$Properties|null);

                /** Address service */
                service?: (istio.workload.Service.$Properties|null);

                /** Address type */
                type?: ("workload"|"service");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Address. */
            type $Shape = {
              workload?: istio.workload.Workload.$Shape|null;
              service?: istio.workload.Service.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ type?: undefined; workload?: null; service?: null }|{ type?: "workload"; workload: istio.workload.Workload.$Shape; service?: null }|{ type?: "service"; workload?: null; service: istio.workload.Service.$Shape })
            );
        }

        /**
         * Properties of a Service.
         * @deprecated Use istio.workload.Service.$Properties instead.
         */
        interface IService extends istio.workload.Service.$Properties {
        }

        /** Represents a Service. */
        class Service {

            /**
             * Constructs a new Service.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.Service.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Service name. */
            name: string;

            /** Service namespace. */
            namespace: string;

            /** Service hostname. */
            hostname: string;

            /** Service addresses. */
            addresses: istio.workload.NetworkAddress.$Properties[];

            /** Service ports. */
            ports: istio.workload.Port.$Properties[];

            /** Service subjectAltNames. */
            subjectAltNames: string[];

            /** Service waypoint. */
            waypoint?: (istio.workload.GatewayAddress.$Properties|null);

            /** Service loadBalancing. */
            loadBalancing?: (istio.workload.LoadBalancing.$Properties|null);

            /** Service ipFamilies. */
            ipFamilies: istio.workload.IPFamilies;

            /** Service extensions. */
            extensions: istio.workload.Extension.$Properties[];

            /** Service canonical. */
            canonical: boolean;

            /** Service ingressUseWaypoint. */
            ingressUseWaypoint: boolean;

            /** Service weightedWaypoints. */
            weightedWaypoints: istio.workload.WeightedWaypoint.$Properties[];

            /** Service visibility. */
            visibility: istio.workload.Service.Visibility;

            /**
             * Creates a new Service instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Service instance
             */
            static create(properties: istio.workload.Service.$Shape): istio.workload.Service & istio.workload.Service.$Shape;
            static create(properties?: istio.workload.Service.$Properties): istio.workload.Service;

            /**
             * Encodes the specified Service message. Does not implicitly {@link istio.workload.Service.verify|verify} messages.
             * @param message Service message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.Service.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Service message, length delimited. Does not implicitly {@link istio.workload.Service.verify|verify} messages.
             * @param message Service message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.Service.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Service message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.Service & istio.workload.Service.$Shape} Service
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.Service & istio.workload.Service.$Shape;

            /**
             * Decodes a Service message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.Service & istio.workload.Service.$Shape} Service
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.Service & istio.workload.Service.$Shape;

            /**
             * Verifies a Service message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Service message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Service
             */
            static fromObject(object: { [k: string]: any }): istio.workload.Service;

            /**
             * Creates a plain object from a Service message. Also converts values to other types if specified.
             * @param message Service
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.Service, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Service to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Service
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Service {

            /** Properties of a Service. */
            interface $Properties {

                /** Service name */
                name?: (string|null);

                /** Service namespace */
                namespace?: (string|null);

                /** Service hostname */
                hostname?: (string|null);

                /** Service addresses */
                addresses?: (istio.workload.NetworkAddress.$Properties[]|null);

                /** Service ports */
                ports?: (istio.workload.Port.$Properties[]|null);

                /** Service subjectAltNames */
                subjectAltNames?: (string[]|null);

                /** Service waypoint */
                waypoint?: (istio.workload.GatewayAddress.$Properties|null);

                /** Service loadBalancing */
                loadBalancing?: (istio.workload.LoadBalancing.$Properties|null);

                /** Service ipFamilies */
                ipFamilies?: (istio.workload.IPFamilies|null);

                /** Service extensions */
                extensions?: (istio.workload.Extension.$Properties[]|null);

                /** Service canonical */
                canonical?: (boolean|null);

                /** Service ingressUseWaypoint */
                ingressUseWaypoint?: (boolean|null);

                /** Service weightedWaypoints */
                weightedWaypoints?: (istio.workload.WeightedWaypoint.$Properties[]|null);

                /** Service visibility */
                visibility?: (istio.workload.Service.Visibility|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Service. */
            type $Shape = {
              name?: string|null;
              namespace?: string|null;
              hostname?: string|null;
              addresses?: istio.workload.NetworkAddress.$Shape[]|null;
              ports?: istio.workload.Port.$Shape[]|null;
              subjectAltNames?: string[]|null;
              waypoint?: istio.workload.GatewayAddress.$Shape|null;
              loadBalancing?: istio.workload.LoadBalancing.$Shape|null;
              ipFamilies?: istio.workload.IPFamilies|null;
              extensions?: istio.workload.Extension.$Shape[]|null;
              canonical?: boolean|null;
              ingressUseWaypoint?: boolean|null;
              weightedWaypoints?: istio.workload.WeightedWaypoint.$Shape[]|null;
              visibility?: istio.workload.Service.Visibility|null;
              $unknowns?: Uint8Array[];
            };

            /** Visibility enum. */
            enum Visibility {

                /** PUBLIC value */
                PUBLIC = 0,

                /** NAMESPACE value */
                NAMESPACE = 1
            }
        }

        /** IPFamilies enum. */
        enum IPFamilies {

            /** AUTOMATIC value */
            AUTOMATIC = 0,

            /** IPV4_ONLY value */
            IPV4_ONLY = 1,

            /** IPV6_ONLY value */
            IPV6_ONLY = 2,

            /** DUAL value */
            DUAL = 3
        }

        /** NetworkMode enum. */
        enum NetworkMode {

            /** STANDARD value */
            STANDARD = 0,

            /** HOST_NETWORK value */
            HOST_NETWORK = 1
        }

        /**
         * Properties of a LoadBalancing.
         * @deprecated Use istio.workload.LoadBalancing.$Properties instead.
         */
        interface ILoadBalancing extends istio.workload.LoadBalancing.$Properties {
        }

        /** Represents a LoadBalancing. */
        class LoadBalancing {

            /**
             * Constructs a new LoadBalancing.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.LoadBalancing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadBalancing routingPreference. */
            routingPreference: istio.workload.LoadBalancing.Scope[];

            /** LoadBalancing mode. */
            mode: istio.workload.LoadBalancing.Mode;

            /** LoadBalancing healthPolicy. */
            healthPolicy: istio.workload.LoadBalancing.HealthPolicy;

            /**
             * Creates a new LoadBalancing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadBalancing instance
             */
            static create(properties: istio.workload.LoadBalancing.$Shape): istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape;
            static create(properties?: istio.workload.LoadBalancing.$Properties): istio.workload.LoadBalancing;

            /**
             * Encodes the specified LoadBalancing message. Does not implicitly {@link istio.workload.LoadBalancing.verify|verify} messages.
             * @param message LoadBalancing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.LoadBalancing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoadBalancing message, length delimited. Does not implicitly {@link istio.workload.LoadBalancing.verify|verify} messages.
             * @param message LoadBalancing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.LoadBalancing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadBalancing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape} LoadBalancing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape;

            /**
             * Decodes a LoadBalancing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape} LoadBalancing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape;

            /**
             * Verifies a LoadBalancing message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadBalancing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadBalancing
             */
            static fromObject(object: { [k: string]: any }): istio.workload.LoadBalancing;

            /**
             * Creates a plain object from a LoadBalancing message. Also converts values to other types if specified.
             * @param message LoadBalancing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.LoadBalancing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadBalancing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoadBalancing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadBalancing {

            /** Properties of a LoadBalancing. */
            interface $Properties {

                /** LoadBalancing routingPreference */
                routingPreference?: (istio.workload.LoadBalancing.Scope[]|null);

                /** LoadBalancing mode */
                mode?: (istio.workload.LoadBalancing.Mode|null);

                /** LoadBalancing healthPolicy */
                healthPolicy?: (istio.workload.LoadBalancing.HealthPolicy|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadBalancing. */
            type $Shape = istio.workload.LoadBalancing.$Properties;

            /** Scope enum. */
            enum Scope {

                /** UNSPECIFIED_SCOPE value */
                UNSPECIFIED_SCOPE = 0,

                /** REGION value */
                REGION = 1,

                /** ZONE value */
                ZONE = 2,

                /** SUBZONE value */
                SUBZONE = 3,

                /** NODE value */
                NODE = 4,

                /** CLUSTER value */
                CLUSTER = 5,

                /** NETWORK value */
                NETWORK = 6
            }

            /** Mode enum. */
            enum Mode {

                /** UNSPECIFIED_MODE value */
                UNSPECIFIED_MODE = 0,

                /** STRICT value */
                STRICT = 1,

                /** FAILOVER value */
                FAILOVER = 2,

                /** PASSTHROUGH value */
                PASSTHROUGH = 3
            }

            /** HealthPolicy enum. */
            enum HealthPolicy {

                /** ONLY_HEALTHY value */
                ONLY_HEALTHY = 0,

                /** ALLOW_ALL value */
                ALLOW_ALL = 1
            }
        }

        /**
         * Properties of a Workload.
         * @deprecated Use istio.workload.Workload.$Properties instead.
         */
        interface IWorkload extends istio.workload.Workload.$Properties {
        }

        /** Represents a Workload. */
        class Workload {

            /**
             * Constructs a new Workload.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.Workload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Workload name. */
            name: string;

            /** Workload namespace. */
            namespace: string;

            /** Workload addresses. */
            addresses: Uint8Array[];

            /** Workload network. */
            network: string;

            /** Workload tunnelProtocol. */
            tunnelProtocol: istio.workload.TunnelProtocol;

            /** Workload trustDomain. */
            trustDomain: string;

            /** Workload serviceAccount. */
            serviceAccount: string;

            /** Workload waypoint. */
            waypoint?: (istio.workload.GatewayAddress.$Properties|null);

            /** Workload node. */
            node: string;

            /** Workload canonicalName. */
            canonicalName: string;

            /** Workload canonicalRevision. */
            canonicalRevision: string;

            /** Workload workloadType. */
            workloadType: istio.workload.WorkloadType;

            /** Workload workloadName. */
            workloadName: string;

            /** Workload nativeTunnel. */
            nativeTunnel: boolean;

            /** Workload authorizationPolicies. */
            authorizationPolicies: string[];

            /** Workload status. */
            status: istio.workload.WorkloadStatus;

            /** Workload clusterId. */
            clusterId: string;

            /** Workload networkGateway. */
            networkGateway?: (istio.workload.GatewayAddress.$Properties|null);

            /** Workload uid. */
            uid: string;

            /** Workload hostname. */
            hostname: string;

            /** Workload services. */
            services: { [k: string]: istio.workload.PortList.$Properties };

            /** Workload applicationTunnel. */
            applicationTunnel?: (istio.workload.ApplicationTunnel.$Properties|null);

            /** Workload locality. */
            locality?: (istio.workload.Locality.$Properties|null);

            /** Workload networkMode. */
            networkMode: istio.workload.NetworkMode;

            /** Workload extensions. */
            extensions: istio.workload.Extension.$Properties[];

            /** Workload capacity. */
            capacity?: (google.protobuf.UInt32Value.$Properties|null);

            /**
             * Creates a new Workload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Workload instance
             */
            static create(properties: istio.workload.Workload.$Shape): istio.workload.Workload & istio.workload.Workload.$Shape;
            static create(properties?: istio.workload.Workload.$Properties): istio.workload.Workload;

            /**
             * Encodes the specified Workload message. Does not implicitly {@link istio.workload.Workload.verify|verify} messages.
             * @param message Workload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.Workload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Workload message, length delimited. Does not implicitly {@link istio.workload.Workload.verify|verify} messages.
             * @param message Workload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.Workload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Workload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.Workload & istio.workload.Workload.$Shape} Workload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.Workload & istio.workload.Workload.$Shape;

            /**
             * Decodes a Workload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.Workload & istio.workload.Workload.$Shape} Workload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.Workload & istio.workload.Workload.$Shape;

            /**
             * Verifies a Workload message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Workload message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Workload
             */
            static fromObject(object: { [k: string]: any }): istio.workload.Workload;

            /**
             * Creates a plain object from a Workload message. Also converts values to other types if specified.
             * @param message Workload
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.Workload, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Workload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Workload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Workload {

            /** Properties of a Workload. */
            interface $Properties {

                /** Workload name */
                name?: (string|null);

                /** Workload namespace */
                namespace?: (string|null);

                /** Workload addresses */
                addresses?: (Uint8Array[]|null);

                /** Workload network */
                network?: (string|null);

                /** Workload tunnelProtocol */
                tunnelProtocol?: (istio.workload.TunnelProtocol|null);

                /** Workload trustDomain */
                trustDomain?: (string|null);

                /** Workload serviceAccount */
                serviceAccount?: (string|null);

                /** Workload waypoint */
                waypoint?: (istio.workload.GatewayAddress.$Properties|null);

                /** Workload node */
                node?: (string|null);

                /** Workload canonicalName */
                canonicalName?: (string|null);

                /** Workload canonicalRevision */
                canonicalRevision?: (string|null);

                /** Workload workloadType */
                workloadType?: (istio.workload.WorkloadType|null);

                /** Workload workloadName */
                workloadName?: (string|null);

                /** Workload nativeTunnel */
                nativeTunnel?: (boolean|null);

                /** Workload authorizationPolicies */
                authorizationPolicies?: (string[]|null);

                /** Workload status */
                status?: (istio.workload.WorkloadStatus|null);

                /** Workload clusterId */
                clusterId?: (string|null);

                /** Workload networkGateway */
                networkGateway?: (istio.workload.GatewayAddress.$Properties|null);

                /** Workload uid */
                uid?: (string|null);

                /** Workload hostname */
                hostname?: (string|null);

                /** Workload services */
                services?: ({ [k: string]: istio.workload.PortList.$Properties }|null);

                /** Workload applicationTunnel */
                applicationTunnel?: (istio.workload.ApplicationTunnel.$Properties|null);

                /** Workload locality */
                locality?: (istio.workload.Locality.$Properties|null);

                /** Workload networkMode */
                networkMode?: (istio.workload.NetworkMode|null);

                /** Workload extensions */
                extensions?: (istio.workload.Extension.$Properties[]|null);

                /** Workload capacity */
                capacity?: (google.protobuf.UInt32Value.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Workload. */
            type $Shape = {
              name?: string|null;
              namespace?: string|null;
              addresses?: Uint8Array[]|null;
              network?: string|null;
              tunnelProtocol?: istio.workload.TunnelProtocol|null;
              trustDomain?: string|null;
              serviceAccount?: string|null;
              waypoint?: istio.workload.GatewayAddress.$Shape|null;
              node?: string|null;
              canonicalName?: string|null;
              canonicalRevision?: string|null;
              workloadType?: istio.workload.WorkloadType|null;
              workloadName?: string|null;
              nativeTunnel?: boolean|null;
              authorizationPolicies?: string[]|null;
              status?: istio.workload.WorkloadStatus|null;
              clusterId?: string|null;
              networkGateway?: istio.workload.GatewayAddress.$Shape|null;
              uid?: string|null;
              hostname?: string|null;
              services?: { [k: string]: istio.workload.PortList.$Shape }|null;
              applicationTunnel?: istio.workload.ApplicationTunnel.$Shape|null;
              locality?: istio.workload.Locality.$Shape|null;
              networkMode?: istio.workload.NetworkMode|null;
              extensions?: istio.workload.Extension.$Shape[]|null;
              capacity?: google.protobuf.UInt32Value.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Locality.
         * @deprecated Use istio.workload.Locality.$Properties instead.
         */
        interface ILocality extends istio.workload.Locality.$Properties {
        }

        /** Represents a Locality. */
        class Locality {

            /**
             * Constructs a new Locality.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.Locality.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Locality region. */
            region: string;

            /** Locality zone. */
            zone: string;

            /** Locality subzone. */
            subzone: string;

            /**
             * Creates a new Locality instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Locality instance
             */
            static create(properties: istio.workload.Locality.$Shape): istio.workload.Locality & istio.workload.Locality.$Shape;
            static create(properties?: istio.workload.Locality.$Properties): istio.workload.Locality;

            /**
             * Encodes the specified Locality message. Does not implicitly {@link istio.workload.Locality.verify|verify} messages.
             * @param message Locality message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.Locality.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Locality message, length delimited. Does not implicitly {@link istio.workload.Locality.verify|verify} messages.
             * @param message Locality message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.Locality.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Locality message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.Locality & istio.workload.Locality.$Shape} Locality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.Locality & istio.workload.Locality.$Shape;

            /**
             * Decodes a Locality message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.Locality & istio.workload.Locality.$Shape} Locality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.Locality & istio.workload.Locality.$Shape;

            /**
             * Verifies a Locality message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Locality message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Locality
             */
            static fromObject(object: { [k: string]: any }): istio.workload.Locality;

            /**
             * Creates a plain object from a Locality message. Also converts values to other types if specified.
             * @param message Locality
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.Locality, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Locality to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Locality
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Locality {

            /** Properties of a Locality. */
            interface $Properties {

                /** Locality region */
                region?: (string|null);

                /** Locality zone */
                zone?: (string|null);

                /** Locality subzone */
                subzone?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Locality. */
            type $Shape = istio.workload.Locality.$Properties;
        }

        /** WorkloadStatus enum. */
        enum WorkloadStatus {

            /** HEALTHY value */
            HEALTHY = 0,

            /** UNHEALTHY value */
            UNHEALTHY = 1
        }

        /** WorkloadType enum. */
        enum WorkloadType {

            /** DEPLOYMENT value */
            DEPLOYMENT = 0,

            /** CRONJOB value */
            CRONJOB = 1,

            /** POD value */
            POD = 2,

            /** JOB value */
            JOB = 3
        }

        /**
         * Properties of a PortList.
         * @deprecated Use istio.workload.PortList.$Properties instead.
         */
        interface IPortList extends istio.workload.PortList.$Properties {
        }

        /** Represents a PortList. */
        class PortList {

            /**
             * Constructs a new PortList.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.PortList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PortList ports. */
            ports: istio.workload.Port.$Properties[];

            /**
             * Creates a new PortList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortList instance
             */
            static create(properties: istio.workload.PortList.$Shape): istio.workload.PortList & istio.workload.PortList.$Shape;
            static create(properties?: istio.workload.PortList.$Properties): istio.workload.PortList;

            /**
             * Encodes the specified PortList message. Does not implicitly {@link istio.workload.PortList.verify|verify} messages.
             * @param message PortList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.PortList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PortList message, length delimited. Does not implicitly {@link istio.workload.PortList.verify|verify} messages.
             * @param message PortList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.PortList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.PortList & istio.workload.PortList.$Shape} PortList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.PortList & istio.workload.PortList.$Shape;

            /**
             * Decodes a PortList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.PortList & istio.workload.PortList.$Shape} PortList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.PortList & istio.workload.PortList.$Shape;

            /**
             * Verifies a PortList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PortList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PortList
             */
            static fromObject(object: { [k: string]: any }): istio.workload.PortList;

            /**
             * Creates a plain object from a PortList message. Also converts values to other types if specified.
             * @param message PortList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.PortList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PortList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PortList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PortList {

            /** Properties of a PortList. */
            interface $Properties {

                /** PortList ports */
                ports?: (istio.workload.Port.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PortList. */
            type $Shape = istio.workload.PortList.$Properties;
        }

        /**
         * Properties of a Port.
         * @deprecated Use istio.workload.Port.$Properties instead.
         */
        interface IPort extends istio.workload.Port.$Properties {
        }

        /** Represents a Port. */
        class Port {

            /**
             * Constructs a new Port.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.Port.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Port servicePort. */
            servicePort: number;

            /** Port targetPort. */
            targetPort: number;

            /** Port appProtocol. */
            appProtocol: istio.workload.AppProtocol;

            /**
             * Creates a new Port instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Port instance
             */
            static create(properties: istio.workload.Port.$Shape): istio.workload.Port & istio.workload.Port.$Shape;
            static create(properties?: istio.workload.Port.$Properties): istio.workload.Port;

            /**
             * Encodes the specified Port message. Does not implicitly {@link istio.workload.Port.verify|verify} messages.
             * @param message Port message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.Port.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Port message, length delimited. Does not implicitly {@link istio.workload.Port.verify|verify} messages.
             * @param message Port message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.Port.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Port message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.Port & istio.workload.Port.$Shape} Port
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.Port & istio.workload.Port.$Shape;

            /**
             * Decodes a Port message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.Port & istio.workload.Port.$Shape} Port
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.Port & istio.workload.Port.$Shape;

            /**
             * Verifies a Port message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Port message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Port
             */
            static fromObject(object: { [k: string]: any }): istio.workload.Port;

            /**
             * Creates a plain object from a Port message. Also converts values to other types if specified.
             * @param message Port
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.Port, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Port to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Port
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Port {

            /** Properties of a Port. */
            interface $Properties {

                /** Port servicePort */
                servicePort?: (number|null);

                /** Port targetPort */
                targetPort?: (number|null);

                /** Port appProtocol */
                appProtocol?: (istio.workload.AppProtocol|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Port. */
            type $Shape = istio.workload.Port.$Properties;
        }

        /** AppProtocol enum. */
        enum AppProtocol {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** HTTP11 value */
            HTTP11 = 1,

            /** HTTP2 value */
            HTTP2 = 2,

            /** GRPC value */
            GRPC = 3,

            /** TCP value */
            TCP = 4,

            /** TLS value */
            TLS = 5
        }

        /** TunnelProtocol enum. */
        enum TunnelProtocol {

            /** NONE value */
            NONE = 0,

            /** HBONE value */
            HBONE = 1,

            /** LEGACY_ISTIO_MTLS value */
            LEGACY_ISTIO_MTLS = 2
        }

        /**
         * Properties of an ApplicationTunnel.
         * @deprecated Use istio.workload.ApplicationTunnel.$Properties instead.
         */
        interface IApplicationTunnel extends istio.workload.ApplicationTunnel.$Properties {
        }

        /** Represents an ApplicationTunnel. */
        class ApplicationTunnel {

            /**
             * Constructs a new ApplicationTunnel.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.ApplicationTunnel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApplicationTunnel protocol. */
            protocol: istio.workload.ApplicationTunnel.Protocol;

            /** ApplicationTunnel port. */
            port: number;

            /**
             * Creates a new ApplicationTunnel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApplicationTunnel instance
             */
            static create(properties: istio.workload.ApplicationTunnel.$Shape): istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape;
            static create(properties?: istio.workload.ApplicationTunnel.$Properties): istio.workload.ApplicationTunnel;

            /**
             * Encodes the specified ApplicationTunnel message. Does not implicitly {@link istio.workload.ApplicationTunnel.verify|verify} messages.
             * @param message ApplicationTunnel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.ApplicationTunnel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ApplicationTunnel message, length delimited. Does not implicitly {@link istio.workload.ApplicationTunnel.verify|verify} messages.
             * @param message ApplicationTunnel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.ApplicationTunnel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApplicationTunnel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape} ApplicationTunnel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape;

            /**
             * Decodes an ApplicationTunnel message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape} ApplicationTunnel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape;

            /**
             * Verifies an ApplicationTunnel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ApplicationTunnel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ApplicationTunnel
             */
            static fromObject(object: { [k: string]: any }): istio.workload.ApplicationTunnel;

            /**
             * Creates a plain object from an ApplicationTunnel message. Also converts values to other types if specified.
             * @param message ApplicationTunnel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.ApplicationTunnel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ApplicationTunnel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ApplicationTunnel
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ApplicationTunnel {

            /** Properties of an ApplicationTunnel. */
            interface $Properties {

                /** ApplicationTunnel protocol */
                protocol?: (istio.workload.ApplicationTunnel.Protocol|null);

                /** ApplicationTunnel port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApplicationTunnel. */
            type $Shape = istio.workload.ApplicationTunnel.$Properties;

            /** Protocol enum. */
            enum Protocol {

                /** NONE value */
                NONE = 0,

                /** PROXY value */
                PROXY = 1
            }
        }

        /**
         * Properties of a GatewayAddress.
         * @deprecated Use istio.workload.GatewayAddress.$Properties instead.
         */
        interface IGatewayAddress extends istio.workload.GatewayAddress.$Properties {
        }

        /** Represents a GatewayAddress. */
        class GatewayAddress {

            /**
             * Constructs a new GatewayAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.GatewayAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GatewayAddress hostname. */
            hostname?: (istio.workload.NamespacedHostname.$Properties|null);

            /** GatewayAddress address. */
            address?: (istio.workload.NetworkAddress.$Properties|null);

            /** GatewayAddress hboneMtlsPort. */
            hboneMtlsPort: number;

            /** GatewayAddress destination. */
            destination?: ("hostname"|"address");

            /**
             * Creates a new GatewayAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GatewayAddress instance
             */
            static create(properties: istio.workload.GatewayAddress.$Shape): istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape;
            static create(properties?: istio.workload.GatewayAddress.$Properties): istio.workload.GatewayAddress;

            /**
             * Encodes the specified GatewayAddress message. Does not implicitly {@link istio.workload.GatewayAddress.verify|verify} messages.
             * @param message GatewayAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.GatewayAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GatewayAddress message, length delimited. Does not implicitly {@link istio.workload.GatewayAddress.verify|verify} messages.
             * @param message GatewayAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.GatewayAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GatewayAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape} GatewayAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape;

            /**
             * Decodes a GatewayAddress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape} GatewayAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape;

            /**
             * Verifies a GatewayAddress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GatewayAddress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GatewayAddress
             */
            static fromObject(object: { [k: string]: any }): istio.workload.GatewayAddress;

            /**
             * Creates a plain object from a GatewayAddress message. Also converts values to other types if specified.
             * @param message GatewayAddress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.GatewayAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GatewayAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GatewayAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatewayAddress {

            /** Properties of a GatewayAddress. */
            interface $Properties {

                /** GatewayAddress hostname */
                hostname?: (istio.workload.NamespacedHostname.$Properties|null);

                /** GatewayAddress address */
                address?: (istio.workload.NetworkAddress.$Properties|null);

                /** GatewayAddress hboneMtlsPort */
                hboneMtlsPort?: (number|null);

                /** GatewayAddress destination */
                destination?: ("hostname"|"address");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a GatewayAddress. */
            type $Shape = {
              hostname?: istio.workload.NamespacedHostname.$Shape|null;
              address?: istio.workload.NetworkAddress.$Shape|null;
              hboneMtlsPort?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ destination?: undefined; hostname?: null; address?: null }|{ destination?: "hostname"; hostname: istio.workload.NamespacedHostname.$Shape; address?: null }|{ destination?: "address"; hostname?: null; address: istio.workload.NetworkAddress.$Shape })
            );
        }

        /**
         * Properties of a WeightedWaypoint.
         * @deprecated Use istio.workload.WeightedWaypoint.$Properties instead.
         */
        interface IWeightedWaypoint extends istio.workload.WeightedWaypoint.$Properties {
        }

        /** Represents a WeightedWaypoint. */
        class WeightedWaypoint {

            /**
             * Constructs a new WeightedWaypoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.WeightedWaypoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WeightedWaypoint destination. */
            destination?: (istio.workload.GatewayAddress.$Properties|null);

            /** WeightedWaypoint weight. */
            weight: number;

            /**
             * Creates a new WeightedWaypoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WeightedWaypoint instance
             */
            static create(properties: istio.workload.WeightedWaypoint.$Shape): istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape;
            static create(properties?: istio.workload.WeightedWaypoint.$Properties): istio.workload.WeightedWaypoint;

            /**
             * Encodes the specified WeightedWaypoint message. Does not implicitly {@link istio.workload.WeightedWaypoint.verify|verify} messages.
             * @param message WeightedWaypoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.WeightedWaypoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WeightedWaypoint message, length delimited. Does not implicitly {@link istio.workload.WeightedWaypoint.verify|verify} messages.
             * @param message WeightedWaypoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.WeightedWaypoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WeightedWaypoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape} WeightedWaypoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape;

            /**
             * Decodes a WeightedWaypoint message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape} WeightedWaypoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape;

            /**
             * Verifies a WeightedWaypoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WeightedWaypoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WeightedWaypoint
             */
            static fromObject(object: { [k: string]: any }): istio.workload.WeightedWaypoint;

            /**
             * Creates a plain object from a WeightedWaypoint message. Also converts values to other types if specified.
             * @param message WeightedWaypoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.WeightedWaypoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WeightedWaypoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WeightedWaypoint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WeightedWaypoint {

            /** Properties of a WeightedWaypoint. */
            interface $Properties {

                /** WeightedWaypoint destination */
                destination?: (istio.workload.GatewayAddress.$Properties|null);

                /** WeightedWaypoint weight */
                weight?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WeightedWaypoint. */
            type $Shape = {
              destination?: istio.workload.GatewayAddress.$Shape|null;
              weight?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a NetworkAddress.
         * @deprecated Use istio.workload.NetworkAddress.$Properties instead.
         */
        interface INetworkAddress extends istio.workload.NetworkAddress.$Properties {
        }

        /** Represents a NetworkAddress. */
        class NetworkAddress {

            /**
             * Constructs a new NetworkAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.NetworkAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NetworkAddress network. */
            network: string;

            /** NetworkAddress address. */
            address: Uint8Array;

            /** NetworkAddress length. */
            length?: (number|null);

            /**
             * Creates a new NetworkAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NetworkAddress instance
             */
            static create(properties: istio.workload.NetworkAddress.$Shape): istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape;
            static create(properties?: istio.workload.NetworkAddress.$Properties): istio.workload.NetworkAddress;

            /**
             * Encodes the specified NetworkAddress message. Does not implicitly {@link istio.workload.NetworkAddress.verify|verify} messages.
             * @param message NetworkAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.NetworkAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NetworkAddress message, length delimited. Does not implicitly {@link istio.workload.NetworkAddress.verify|verify} messages.
             * @param message NetworkAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.NetworkAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NetworkAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape} NetworkAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape;

            /**
             * Decodes a NetworkAddress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape} NetworkAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape;

            /**
             * Verifies a NetworkAddress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NetworkAddress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NetworkAddress
             */
            static fromObject(object: { [k: string]: any }): istio.workload.NetworkAddress;

            /**
             * Creates a plain object from a NetworkAddress message. Also converts values to other types if specified.
             * @param message NetworkAddress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.NetworkAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NetworkAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NetworkAddress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NetworkAddress {

            /** Properties of a NetworkAddress. */
            interface $Properties {

                /** NetworkAddress network */
                network?: (string|null);

                /** NetworkAddress address */
                address?: (Uint8Array|null);

                /** NetworkAddress length */
                length?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NetworkAddress. */
            type $Shape = istio.workload.NetworkAddress.$Properties;
        }

        /**
         * Properties of a NamespacedHostname.
         * @deprecated Use istio.workload.NamespacedHostname.$Properties instead.
         */
        interface INamespacedHostname extends istio.workload.NamespacedHostname.$Properties {
        }

        /** Represents a NamespacedHostname. */
        class NamespacedHostname {

            /**
             * Constructs a new NamespacedHostname.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.NamespacedHostname.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamespacedHostname namespace. */
            namespace: string;

            /** NamespacedHostname hostname. */
            hostname: string;

            /**
             * Creates a new NamespacedHostname instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamespacedHostname instance
             */
            static create(properties: istio.workload.NamespacedHostname.$Shape): istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape;
            static create(properties?: istio.workload.NamespacedHostname.$Properties): istio.workload.NamespacedHostname;

            /**
             * Encodes the specified NamespacedHostname message. Does not implicitly {@link istio.workload.NamespacedHostname.verify|verify} messages.
             * @param message NamespacedHostname message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.NamespacedHostname.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NamespacedHostname message, length delimited. Does not implicitly {@link istio.workload.NamespacedHostname.verify|verify} messages.
             * @param message NamespacedHostname message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.NamespacedHostname.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamespacedHostname message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape} NamespacedHostname
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape;

            /**
             * Decodes a NamespacedHostname message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape} NamespacedHostname
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape;

            /**
             * Verifies a NamespacedHostname message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NamespacedHostname message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NamespacedHostname
             */
            static fromObject(object: { [k: string]: any }): istio.workload.NamespacedHostname;

            /**
             * Creates a plain object from a NamespacedHostname message. Also converts values to other types if specified.
             * @param message NamespacedHostname
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.NamespacedHostname, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NamespacedHostname to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NamespacedHostname
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamespacedHostname {

            /** Properties of a NamespacedHostname. */
            interface $Properties {

                /** NamespacedHostname namespace */
                namespace?: (string|null);

                /** NamespacedHostname hostname */
                hostname?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamespacedHostname. */
            type $Shape = istio.workload.NamespacedHostname.$Properties;
        }

        /**
         * Properties of an Extension.
         * @deprecated Use istio.workload.Extension.$Properties instead.
         */
        interface IExtension extends istio.workload.Extension.$Properties {
        }

        /** Represents an Extension. */
        class Extension {

            /**
             * Constructs a new Extension.
             * @param [properties] Properties to set
             */
            constructor(properties?: istio.workload.Extension.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Extension name. */
            name: string;

            /** Extension config. */
            config?: (google.protobuf.Any.$Properties|null);

            /**
             * Creates a new Extension instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Extension instance
             */
            static create(properties: istio.workload.Extension.$Shape): istio.workload.Extension & istio.workload.Extension.$Shape;
            static create(properties?: istio.workload.Extension.$Properties): istio.workload.Extension;

            /**
             * Encodes the specified Extension message. Does not implicitly {@link istio.workload.Extension.verify|verify} messages.
             * @param message Extension message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: istio.workload.Extension.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Extension message, length delimited. Does not implicitly {@link istio.workload.Extension.verify|verify} messages.
             * @param message Extension message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: istio.workload.Extension.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Extension message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {istio.workload.Extension & istio.workload.Extension.$Shape} Extension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.Extension & istio.workload.Extension.$Shape;

            /**
             * Decodes an Extension message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {istio.workload.Extension & istio.workload.Extension.$Shape} Extension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.Extension & istio.workload.Extension.$Shape;

            /**
             * Verifies an Extension message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Extension message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Extension
             */
            static fromObject(object: { [k: string]: any }): istio.workload.Extension;

            /**
             * Creates a plain object from an Extension message. Also converts values to other types if specified.
             * @param message Extension
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: istio.workload.Extension, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Extension to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Extension
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Extension {

            /** Properties of an Extension. */
            interface $Properties {

                /** Extension name */
                name?: (string|null);

                /** Extension config */
                config?: (google.protobuf.Any.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Extension. */
            type $Shape = istio.workload.Extension.$Properties;
        }

        /** Namespace zds. */
        namespace zds {

            /** Version enum. */
            enum Version {

                /** NOT_USED value */
                NOT_USED = 0,

                /** V1 value */
                V1 = 1
            }

            /**
             * Properties of a ZdsHello.
             * @deprecated Use istio.workload.zds.ZdsHello.$Properties instead.
             */
            interface IZdsHello extends istio.workload.zds.ZdsHello.$Properties {
            }

            /** Represents a ZdsHello. */
            class ZdsHello {

                /**
                 * Constructs a new ZdsHello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.ZdsHello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ZdsHello version. */
                version: istio.workload.zds.Version;

                /**
                 * Creates a new ZdsHello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ZdsHello instance
                 */
                static create(properties: istio.workload.zds.ZdsHello.$Shape): istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape;
                static create(properties?: istio.workload.zds.ZdsHello.$Properties): istio.workload.zds.ZdsHello;

                /**
                 * Encodes the specified ZdsHello message. Does not implicitly {@link istio.workload.zds.ZdsHello.verify|verify} messages.
                 * @param message ZdsHello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.ZdsHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ZdsHello message, length delimited. Does not implicitly {@link istio.workload.zds.ZdsHello.verify|verify} messages.
                 * @param message ZdsHello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.ZdsHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ZdsHello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape} ZdsHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape;

                /**
                 * Decodes a ZdsHello message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape} ZdsHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape;

                /**
                 * Verifies a ZdsHello message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ZdsHello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ZdsHello
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.ZdsHello;

                /**
                 * Creates a plain object from a ZdsHello message. Also converts values to other types if specified.
                 * @param message ZdsHello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.ZdsHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ZdsHello to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ZdsHello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ZdsHello {

                /** Properties of a ZdsHello. */
                interface $Properties {

                    /** ZdsHello version */
                    version?: (istio.workload.zds.Version|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ZdsHello. */
                type $Shape = istio.workload.zds.ZdsHello.$Properties;
            }

            /**
             * Properties of a WorkloadInfo.
             * @deprecated Use istio.workload.zds.WorkloadInfo.$Properties instead.
             */
            interface IWorkloadInfo extends istio.workload.zds.WorkloadInfo.$Properties {
            }

            /** Represents a WorkloadInfo. */
            class WorkloadInfo {

                /**
                 * Constructs a new WorkloadInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.WorkloadInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WorkloadInfo name. */
                name: string;

                /** WorkloadInfo namespace. */
                namespace: string;

                /** WorkloadInfo serviceAccount. */
                serviceAccount: string;

                /**
                 * Creates a new WorkloadInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WorkloadInfo instance
                 */
                static create(properties: istio.workload.zds.WorkloadInfo.$Shape): istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape;
                static create(properties?: istio.workload.zds.WorkloadInfo.$Properties): istio.workload.zds.WorkloadInfo;

                /**
                 * Encodes the specified WorkloadInfo message. Does not implicitly {@link istio.workload.zds.WorkloadInfo.verify|verify} messages.
                 * @param message WorkloadInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.WorkloadInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WorkloadInfo message, length delimited. Does not implicitly {@link istio.workload.zds.WorkloadInfo.verify|verify} messages.
                 * @param message WorkloadInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.WorkloadInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WorkloadInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape} WorkloadInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape;

                /**
                 * Decodes a WorkloadInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape} WorkloadInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape;

                /**
                 * Verifies a WorkloadInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WorkloadInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WorkloadInfo
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.WorkloadInfo;

                /**
                 * Creates a plain object from a WorkloadInfo message. Also converts values to other types if specified.
                 * @param message WorkloadInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.WorkloadInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WorkloadInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WorkloadInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WorkloadInfo {

                /** Properties of a WorkloadInfo. */
                interface $Properties {

                    /** WorkloadInfo name */
                    name?: (string|null);

                    /** WorkloadInfo namespace */
                    namespace?: (string|null);

                    /** WorkloadInfo serviceAccount */
                    serviceAccount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WorkloadInfo. */
                type $Shape = istio.workload.zds.WorkloadInfo.$Properties;
            }

            /**
             * Properties of an AddWorkload.
             * @deprecated Use istio.workload.zds.AddWorkload.$Properties instead.
             */
            interface IAddWorkload extends istio.workload.zds.AddWorkload.$Properties {
            }

            /** Represents an AddWorkload. */
            class AddWorkload {

                /**
                 * Constructs a new AddWorkload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.AddWorkload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AddWorkload uid. */
                uid: string;

                /** AddWorkload workloadInfo. */
                workloadInfo?: (istio.workload.zds.WorkloadInfo.$Properties|null);

                /**
                 * Creates a new AddWorkload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddWorkload instance
                 */
                static create(properties: istio.workload.zds.AddWorkload.$Shape): istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape;
                static create(properties?: istio.workload.zds.AddWorkload.$Properties): istio.workload.zds.AddWorkload;

                /**
                 * Encodes the specified AddWorkload message. Does not implicitly {@link istio.workload.zds.AddWorkload.verify|verify} messages.
                 * @param message AddWorkload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.AddWorkload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddWorkload message, length delimited. Does not implicitly {@link istio.workload.zds.AddWorkload.verify|verify} messages.
                 * @param message AddWorkload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.AddWorkload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddWorkload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape} AddWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape;

                /**
                 * Decodes an AddWorkload message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape} AddWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape;

                /**
                 * Verifies an AddWorkload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddWorkload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddWorkload
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.AddWorkload;

                /**
                 * Creates a plain object from an AddWorkload message. Also converts values to other types if specified.
                 * @param message AddWorkload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.AddWorkload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddWorkload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddWorkload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddWorkload {

                /** Properties of an AddWorkload. */
                interface $Properties {

                    /** AddWorkload uid */
                    uid?: (string|null);

                    /** AddWorkload workloadInfo */
                    workloadInfo?: (istio.workload.zds.WorkloadInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddWorkload. */
                type $Shape = istio.workload.zds.AddWorkload.$Properties;
            }

            /**
             * Properties of a KeepWorkload.
             * @deprecated Use istio.workload.zds.KeepWorkload.$Properties instead.
             */
            interface IKeepWorkload extends istio.workload.zds.KeepWorkload.$Properties {
            }

            /** Represents a KeepWorkload. */
            class KeepWorkload {

                /**
                 * Constructs a new KeepWorkload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.KeepWorkload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** KeepWorkload uid. */
                uid: string;

                /**
                 * Creates a new KeepWorkload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KeepWorkload instance
                 */
                static create(properties: istio.workload.zds.KeepWorkload.$Shape): istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape;
                static create(properties?: istio.workload.zds.KeepWorkload.$Properties): istio.workload.zds.KeepWorkload;

                /**
                 * Encodes the specified KeepWorkload message. Does not implicitly {@link istio.workload.zds.KeepWorkload.verify|verify} messages.
                 * @param message KeepWorkload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.KeepWorkload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified KeepWorkload message, length delimited. Does not implicitly {@link istio.workload.zds.KeepWorkload.verify|verify} messages.
                 * @param message KeepWorkload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.KeepWorkload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KeepWorkload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape} KeepWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape;

                /**
                 * Decodes a KeepWorkload message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape} KeepWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape;

                /**
                 * Verifies a KeepWorkload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a KeepWorkload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns KeepWorkload
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.KeepWorkload;

                /**
                 * Creates a plain object from a KeepWorkload message. Also converts values to other types if specified.
                 * @param message KeepWorkload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.KeepWorkload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this KeepWorkload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for KeepWorkload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace KeepWorkload {

                /** Properties of a KeepWorkload. */
                interface $Properties {

                    /** KeepWorkload uid */
                    uid?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KeepWorkload. */
                type $Shape = istio.workload.zds.KeepWorkload.$Properties;
            }

            /**
             * Properties of a DelWorkload.
             * @deprecated Use istio.workload.zds.DelWorkload.$Properties instead.
             */
            interface IDelWorkload extends istio.workload.zds.DelWorkload.$Properties {
            }

            /** Represents a DelWorkload. */
            class DelWorkload {

                /**
                 * Constructs a new DelWorkload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.DelWorkload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DelWorkload uid. */
                uid: string;

                /**
                 * Creates a new DelWorkload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DelWorkload instance
                 */
                static create(properties: istio.workload.zds.DelWorkload.$Shape): istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape;
                static create(properties?: istio.workload.zds.DelWorkload.$Properties): istio.workload.zds.DelWorkload;

                /**
                 * Encodes the specified DelWorkload message. Does not implicitly {@link istio.workload.zds.DelWorkload.verify|verify} messages.
                 * @param message DelWorkload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.DelWorkload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DelWorkload message, length delimited. Does not implicitly {@link istio.workload.zds.DelWorkload.verify|verify} messages.
                 * @param message DelWorkload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.DelWorkload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DelWorkload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape} DelWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape;

                /**
                 * Decodes a DelWorkload message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape} DelWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape;

                /**
                 * Verifies a DelWorkload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DelWorkload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DelWorkload
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.DelWorkload;

                /**
                 * Creates a plain object from a DelWorkload message. Also converts values to other types if specified.
                 * @param message DelWorkload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.DelWorkload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DelWorkload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DelWorkload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DelWorkload {

                /** Properties of a DelWorkload. */
                interface $Properties {

                    /** DelWorkload uid */
                    uid?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DelWorkload. */
                type $Shape = istio.workload.zds.DelWorkload.$Properties;
            }

            /**
             * Properties of a SnapshotSent.
             * @deprecated Use istio.workload.zds.SnapshotSent.$Properties instead.
             */
            interface ISnapshotSent extends istio.workload.zds.SnapshotSent.$Properties {
            }

            /** Represents a SnapshotSent. */
            class SnapshotSent {

                /**
                 * Constructs a new SnapshotSent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.SnapshotSent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SnapshotSent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotSent instance
                 */
                static create(properties: istio.workload.zds.SnapshotSent.$Shape): istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape;
                static create(properties?: istio.workload.zds.SnapshotSent.$Properties): istio.workload.zds.SnapshotSent;

                /**
                 * Encodes the specified SnapshotSent message. Does not implicitly {@link istio.workload.zds.SnapshotSent.verify|verify} messages.
                 * @param message SnapshotSent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.SnapshotSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotSent message, length delimited. Does not implicitly {@link istio.workload.zds.SnapshotSent.verify|verify} messages.
                 * @param message SnapshotSent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.SnapshotSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotSent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape} SnapshotSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape;

                /**
                 * Decodes a SnapshotSent message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape} SnapshotSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape;

                /**
                 * Verifies a SnapshotSent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotSent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotSent
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.SnapshotSent;

                /**
                 * Creates a plain object from a SnapshotSent message. Also converts values to other types if specified.
                 * @param message SnapshotSent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.SnapshotSent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotSent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotSent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotSent {

                /** Properties of a SnapshotSent. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotSent. */
                type $Shape = istio.workload.zds.SnapshotSent.$Properties;
            }

            /**
             * Properties of an Ack.
             * @deprecated Use istio.workload.zds.Ack.$Properties instead.
             */
            interface IAck extends istio.workload.zds.Ack.$Properties {
            }

            /** Represents an Ack. */
            class Ack {

                /**
                 * Constructs a new Ack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.Ack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ack error. */
                error: string;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ack instance
                 */
                static create(properties: istio.workload.zds.Ack.$Shape): istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape;
                static create(properties?: istio.workload.zds.Ack.$Properties): istio.workload.zds.Ack;

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link istio.workload.zds.Ack.verify|verify} messages.
                 * @param message Ack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Ack message, length delimited. Does not implicitly {@link istio.workload.zds.Ack.verify|verify} messages.
                 * @param message Ack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape;

                /**
                 * Decodes an Ack message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape;

                /**
                 * Verifies an Ack message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Ack message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Ack
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.Ack;

                /**
                 * Creates a plain object from an Ack message. Also converts values to other types if specified.
                 * @param message Ack
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Ack to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Ack
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Ack {

                /** Properties of an Ack. */
                interface $Properties {

                    /** Ack error */
                    error?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Ack. */
                type $Shape = istio.workload.zds.Ack.$Properties;
            }

            /**
             * Properties of a WorkloadRequest.
             * @deprecated Use istio.workload.zds.WorkloadRequest.$Properties instead.
             */
            interface IWorkloadRequest extends istio.workload.zds.WorkloadRequest.$Properties {
            }

            /** Represents a WorkloadRequest. */
            class WorkloadRequest {

                /**
                 * Constructs a new WorkloadRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.WorkloadRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WorkloadRequest add. */
                add?: (istio.workload.zds.AddWorkload.$Properties|null);

                /** WorkloadRequest del. */
                del?: (istio.workload.zds.DelWorkload.$Properties|null);

                /** WorkloadRequest snapshotSent. */
                snapshotSent?: (istio.workload.zds.SnapshotSent.$Properties|null);

                /** WorkloadRequest keep. */
                keep?: (istio.workload.zds.KeepWorkload.$Properties|null);

                /** WorkloadRequest payload. */
                payload?: ("add"|"del"|"snapshotSent"|"keep");

                /**
                 * Creates a new WorkloadRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WorkloadRequest instance
                 */
                static create(properties: istio.workload.zds.WorkloadRequest.$Shape): istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape;
                static create(properties?: istio.workload.zds.WorkloadRequest.$Properties): istio.workload.zds.WorkloadRequest;

                /**
                 * Encodes the specified WorkloadRequest message. Does not implicitly {@link istio.workload.zds.WorkloadRequest.verify|verify} messages.
                 * @param message WorkloadRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.WorkloadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WorkloadRequest message, length delimited. Does not implicitly {@link istio.workload.zds.WorkloadRequest.verify|verify} messages.
                 * @param message WorkloadRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.WorkloadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WorkloadRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape} WorkloadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape;

                /**
                 * Decodes a WorkloadRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape} WorkloadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape;

                /**
                 * Verifies a WorkloadRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WorkloadRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WorkloadRequest
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.WorkloadRequest;

                /**
                 * Creates a plain object from a WorkloadRequest message. Also converts values to other types if specified.
                 * @param message WorkloadRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.WorkloadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WorkloadRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WorkloadRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WorkloadRequest {

                /** Properties of a WorkloadRequest. */
                interface $Properties {

                    /** WorkloadRequest add */
                    add?: (istio.workload.zds.AddWorkload.$Properties|null);

                    /** WorkloadRequest del */
                    del?: (istio.workload.zds.DelWorkload.$Properties|null);

                    /** WorkloadRequest snapshotSent */
                    snapshotSent?: (istio.workload.zds.SnapshotSent.$Properties|null);

                    /** WorkloadRequest keep */
                    keep?: (istio.workload.zds.KeepWorkload.$Properties|null);

                    /** WorkloadRequest payload */
                    payload?: ("add"|"del"|"snapshotSent"|"keep");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a WorkloadRequest. */
                type $Shape = {
                  add?: istio.workload.zds.AddWorkload.$Shape|null;
                  del?: istio.workload.zds.DelWorkload.$Shape|null;
                  snapshotSent?: istio.workload.zds.SnapshotSent.$Shape|null;
                  keep?: istio.workload.zds.KeepWorkload.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ payload?: undefined; add?: null; del?: null; snapshotSent?: null; keep?: null }|{ payload?: "add"; add: istio.workload.zds.AddWorkload.$Shape; del?: null; snapshotSent?: null; keep?: null }|{ payload?: "del"; add?: null; del: istio.workload.zds.DelWorkload.$Shape; snapshotSent?: null; keep?: null }|{ payload?: "snapshotSent"; add?: null; del?: null; snapshotSent: istio.workload.zds.SnapshotSent.$Shape; keep?: null }|{ payload?: "keep"; add?: null; del?: null; snapshotSent?: null; keep: istio.workload.zds.KeepWorkload.$Shape })
                );
            }

            /**
             * Properties of a WorkloadResponse.
             * @deprecated Use istio.workload.zds.WorkloadResponse.$Properties instead.
             */
            interface IWorkloadResponse extends istio.workload.zds.WorkloadResponse.$Properties {
            }

            /** Represents a WorkloadResponse. */
            class WorkloadResponse {

                /**
                 * Constructs a new WorkloadResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.workload.zds.WorkloadResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WorkloadResponse ack. */
                ack?: (istio.workload.zds.Ack.$Properties|null);

                /** WorkloadResponse payload. */
                payload?: "ack";

                /**
                 * Creates a new WorkloadResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WorkloadResponse instance
                 */
                static create(properties: istio.workload.zds.WorkloadResponse.$Shape): istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape;
                static create(properties?: istio.workload.zds.WorkloadResponse.$Properties): istio.workload.zds.WorkloadResponse;

                /**
                 * Encodes the specified WorkloadResponse message. Does not implicitly {@link istio.workload.zds.WorkloadResponse.verify|verify} messages.
                 * @param message WorkloadResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.workload.zds.WorkloadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified WorkloadResponse message, length delimited. Does not implicitly {@link istio.workload.zds.WorkloadResponse.verify|verify} messages.
                 * @param message WorkloadResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.workload.zds.WorkloadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WorkloadResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape} WorkloadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape;

                /**
                 * Decodes a WorkloadResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape} WorkloadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape;

                /**
                 * Verifies a WorkloadResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WorkloadResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WorkloadResponse
                 */
                static fromObject(object: { [k: string]: any }): istio.workload.zds.WorkloadResponse;

                /**
                 * Creates a plain object from a WorkloadResponse message. Also converts values to other types if specified.
                 * @param message WorkloadResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.workload.zds.WorkloadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WorkloadResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WorkloadResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WorkloadResponse {

                /** Properties of a WorkloadResponse. */
                interface $Properties {

                    /** WorkloadResponse ack */
                    ack?: (istio.workload.zds.Ack.$Properties|null);

                    /** WorkloadResponse payload */
                    payload?: "ack";

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a WorkloadResponse. */
                type $Shape = {
                  ack?: istio.workload.zds.Ack.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ payload?: undefined; ack?: null }|{ payload?: "ack"; ack: istio.workload.zds.Ack.$Shape })
                );
            }
        }
    }

    /** Namespace v1. */
    namespace v1 {

        /** Namespace auth. */
        namespace auth {

            /**
             * Properties of an IstioCertificateRequest.
             * @deprecated Use istio.v1.auth.IstioCertificateRequest.$Properties instead.
             */
            interface IIstioCertificateRequest extends istio.v1.auth.IstioCertificateRequest.$Properties {
            }

            /** Represents an IstioCertificateRequest. */
            class IstioCertificateRequest {

                /**
                 * Constructs a new IstioCertificateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.v1.auth.IstioCertificateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IstioCertificateRequest csr. */
                csr: string;

                /** IstioCertificateRequest validityDuration. */
                validityDuration: number;

                /** IstioCertificateRequest metadata. */
                metadata?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new IstioCertificateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IstioCertificateRequest instance
                 */
                static create(properties: istio.v1.auth.IstioCertificateRequest.$Shape): istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape;
                static create(properties?: istio.v1.auth.IstioCertificateRequest.$Properties): istio.v1.auth.IstioCertificateRequest;

                /**
                 * Encodes the specified IstioCertificateRequest message. Does not implicitly {@link istio.v1.auth.IstioCertificateRequest.verify|verify} messages.
                 * @param message IstioCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.v1.auth.IstioCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified IstioCertificateRequest message, length delimited. Does not implicitly {@link istio.v1.auth.IstioCertificateRequest.verify|verify} messages.
                 * @param message IstioCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.v1.auth.IstioCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IstioCertificateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape} IstioCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape;

                /**
                 * Decodes an IstioCertificateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape} IstioCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape;

                /**
                 * Verifies an IstioCertificateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an IstioCertificateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IstioCertificateRequest
                 */
                static fromObject(object: { [k: string]: any }): istio.v1.auth.IstioCertificateRequest;

                /**
                 * Creates a plain object from an IstioCertificateRequest message. Also converts values to other types if specified.
                 * @param message IstioCertificateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.v1.auth.IstioCertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IstioCertificateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for IstioCertificateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IstioCertificateRequest {

                /** Properties of an IstioCertificateRequest. */
                interface $Properties {

                    /** IstioCertificateRequest csr */
                    csr?: (string|null);

                    /** IstioCertificateRequest validityDuration */
                    validityDuration?: (number|null);

                    /** IstioCertificateRequest metadata */
                    metadata?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IstioCertificateRequest. */
                type $Shape = {
                  csr?: string|null;
                  validityDuration?: number|null;
                  metadata?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an IstioCertificateResponse.
             * @deprecated Use istio.v1.auth.IstioCertificateResponse.$Properties instead.
             */
            interface IIstioCertificateResponse extends istio.v1.auth.IstioCertificateResponse.$Properties {
            }

            /** Represents an IstioCertificateResponse. */
            class IstioCertificateResponse {

                /**
                 * Constructs a new IstioCertificateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: istio.v1.auth.IstioCertificateResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IstioCertificateResponse certChain. */
                certChain: string[];

                /**
                 * Creates a new IstioCertificateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IstioCertificateResponse instance
                 */
                static create(properties: istio.v1.auth.IstioCertificateResponse.$Shape): istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape;
                static create(properties?: istio.v1.auth.IstioCertificateResponse.$Properties): istio.v1.auth.IstioCertificateResponse;

                /**
                 * Encodes the specified IstioCertificateResponse message. Does not implicitly {@link istio.v1.auth.IstioCertificateResponse.verify|verify} messages.
                 * @param message IstioCertificateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: istio.v1.auth.IstioCertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified IstioCertificateResponse message, length delimited. Does not implicitly {@link istio.v1.auth.IstioCertificateResponse.verify|verify} messages.
                 * @param message IstioCertificateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: istio.v1.auth.IstioCertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IstioCertificateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape} IstioCertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape;

                /**
                 * Decodes an IstioCertificateResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape} IstioCertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape;

                /**
                 * Verifies an IstioCertificateResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an IstioCertificateResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IstioCertificateResponse
                 */
                static fromObject(object: { [k: string]: any }): istio.v1.auth.IstioCertificateResponse;

                /**
                 * Creates a plain object from an IstioCertificateResponse message. Also converts values to other types if specified.
                 * @param message IstioCertificateResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: istio.v1.auth.IstioCertificateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IstioCertificateResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for IstioCertificateResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IstioCertificateResponse {

                /** Properties of an IstioCertificateResponse. */
                interface $Properties {

                    /** IstioCertificateResponse certChain */
                    certChain?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IstioCertificateResponse. */
                type $Shape = istio.v1.auth.IstioCertificateResponse.$Properties;
            }

            /** Represents an IstioCertificateService */
            class IstioCertificateService extends $protobuf.rpc.Service {

                /**
                 * Constructs a new IstioCertificateService service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new IstioCertificateService service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): IstioCertificateService;

                /** Calls CreateCertificate. */
                createCertificate: istio.v1.auth.IstioCertificateService.CreateCertificate;
            }

            namespace IstioCertificateService {

                /**
                 * Callback as used by {@link istio.v1.auth.IstioCertificateService#createCertificate}.
                 * @param error Error, if any
                 * @param [response] IstioCertificateResponse
                 */
                type CreateCertificateCallback = (error: (Error|null), response?: istio.v1.auth.IstioCertificateResponse) => void;

                /** Calls CreateCertificate. */
                type CreateCertificate = {
                  (request: istio.v1.auth.IIstioCertificateRequest, callback: istio.v1.auth.IstioCertificateService.CreateCertificateCallback): void;
                  (request: istio.v1.auth.IIstioCertificateRequest): Promise<istio.v1.auth.IstioCertificateResponse>;
                  readonly name: "CreateCertificate";
                  readonly path: "/istio.v1.auth.IstioCertificateService/CreateCertificate";
                  readonly requestType: "IstioCertificateRequest";
                  readonly responseType: "IstioCertificateResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }
        }
    }
}

/** Namespace envoy. */
export namespace envoy {

    /** Namespace service. */
    namespace service {

        /** Namespace discovery. */
        namespace discovery {

            /** Namespace v3. */
            namespace v3 {

                /**
                 * Properties of a Node.
                 * @deprecated Use envoy.service.discovery.v3.Node.$Properties instead.
                 */
                interface INode extends envoy.service.discovery.v3.Node.$Properties {
                }

                /** Represents a Node. */
                class Node {

                    /**
                     * Constructs a new Node.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: envoy.service.discovery.v3.Node.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Node id. */
                    id: string;

                    /** Node cluster. */
                    cluster: string;

                    /** Node metadata. */
                    metadata?: (google.protobuf.Struct.$Properties|null);

                    /** Node userAgentName. */
                    userAgentName: string;

                    /**
                     * Creates a new Node instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Node instance
                     */
                    static create(properties: envoy.service.discovery.v3.Node.$Shape): envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape;
                    static create(properties?: envoy.service.discovery.v3.Node.$Properties): envoy.service.discovery.v3.Node;

                    /**
                     * Encodes the specified Node message. Does not implicitly {@link envoy.service.discovery.v3.Node.verify|verify} messages.
                     * @param message Node message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: envoy.service.discovery.v3.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Node message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.Node.verify|verify} messages.
                     * @param message Node message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: envoy.service.discovery.v3.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Node message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape} Node
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape;

                    /**
                     * Decodes a Node message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape} Node
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape;

                    /**
                     * Verifies a Node message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Node message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Node
                     */
                    static fromObject(object: { [k: string]: any }): envoy.service.discovery.v3.Node;

                    /**
                     * Creates a plain object from a Node message. Also converts values to other types if specified.
                     * @param message Node
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: envoy.service.discovery.v3.Node, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Node to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Node
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Node {

                    /** Properties of a Node. */
                    interface $Properties {

                        /** Node id */
                        id?: (string|null);

                        /** Node cluster */
                        cluster?: (string|null);

                        /** Node metadata */
                        metadata?: (google.protobuf.Struct.$Properties|null);

                        /** Node userAgentName */
                        userAgentName?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Node. */
                    type $Shape = {
                      id?: string|null;
                      cluster?: string|null;
                      metadata?: google.protobuf.Struct.$Shape|null;
                      userAgentName?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a DeltaDiscoveryRequest.
                 * @deprecated Use envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties instead.
                 */
                interface IDeltaDiscoveryRequest extends envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties {
                }

                /** Represents a DeltaDiscoveryRequest. */
                class DeltaDiscoveryRequest {

                    /**
                     * Constructs a new DeltaDiscoveryRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** DeltaDiscoveryRequest node. */
                    node?: (envoy.service.discovery.v3.Node.$Properties|null);

                    /** DeltaDiscoveryRequest typeUrl. */
                    typeUrl: string;

                    /** DeltaDiscoveryRequest resourceNamesSubscribe. */
                    resourceNamesSubscribe: string[];

                    /** DeltaDiscoveryRequest resourceNamesUnsubscribe. */
                    resourceNamesUnsubscribe: string[];

                    /** DeltaDiscoveryRequest initialResourceVersions. */
                    initialResourceVersions: { [k: string]: string };

                    /** DeltaDiscoveryRequest responseNonce. */
                    responseNonce: string;

                    /** DeltaDiscoveryRequest errorDetail. */
                    errorDetail?: (google.rpc.Status.$Properties|null);

                    /**
                     * Creates a new DeltaDiscoveryRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeltaDiscoveryRequest instance
                     */
                    static create(properties: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape): envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape;
                    static create(properties?: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties): envoy.service.discovery.v3.DeltaDiscoveryRequest;

                    /**
                     * Encodes the specified DeltaDiscoveryRequest message. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryRequest.verify|verify} messages.
                     * @param message DeltaDiscoveryRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified DeltaDiscoveryRequest message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryRequest.verify|verify} messages.
                     * @param message DeltaDiscoveryRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeltaDiscoveryRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape} DeltaDiscoveryRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape;

                    /**
                     * Decodes a DeltaDiscoveryRequest message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape} DeltaDiscoveryRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape;

                    /**
                     * Verifies a DeltaDiscoveryRequest message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a DeltaDiscoveryRequest message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns DeltaDiscoveryRequest
                     */
                    static fromObject(object: { [k: string]: any }): envoy.service.discovery.v3.DeltaDiscoveryRequest;

                    /**
                     * Creates a plain object from a DeltaDiscoveryRequest message. Also converts values to other types if specified.
                     * @param message DeltaDiscoveryRequest
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: envoy.service.discovery.v3.DeltaDiscoveryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this DeltaDiscoveryRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for DeltaDiscoveryRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace DeltaDiscoveryRequest {

                    /** Properties of a DeltaDiscoveryRequest. */
                    interface $Properties {

                        /** DeltaDiscoveryRequest node */
                        node?: (envoy.service.discovery.v3.Node.$Properties|null);

                        /** DeltaDiscoveryRequest typeUrl */
                        typeUrl?: (string|null);

                        /** DeltaDiscoveryRequest resourceNamesSubscribe */
                        resourceNamesSubscribe?: (string[]|null);

                        /** DeltaDiscoveryRequest resourceNamesUnsubscribe */
                        resourceNamesUnsubscribe?: (string[]|null);

                        /** DeltaDiscoveryRequest initialResourceVersions */
                        initialResourceVersions?: ({ [k: string]: string }|null);

                        /** DeltaDiscoveryRequest responseNonce */
                        responseNonce?: (string|null);

                        /** DeltaDiscoveryRequest errorDetail */
                        errorDetail?: (google.rpc.Status.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a DeltaDiscoveryRequest. */
                    type $Shape = {
                      node?: envoy.service.discovery.v3.Node.$Shape|null;
                      typeUrl?: string|null;
                      resourceNamesSubscribe?: string[]|null;
                      resourceNamesUnsubscribe?: string[]|null;
                      initialResourceVersions?: { [k: string]: string }|null;
                      responseNonce?: string|null;
                      errorDetail?: google.rpc.Status.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a DeltaDiscoveryResponse.
                 * @deprecated Use envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties instead.
                 */
                interface IDeltaDiscoveryResponse extends envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties {
                }

                /** Represents a DeltaDiscoveryResponse. */
                class DeltaDiscoveryResponse {

                    /**
                     * Constructs a new DeltaDiscoveryResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** DeltaDiscoveryResponse systemVersionInfo. */
                    systemVersionInfo: string;

                    /** DeltaDiscoveryResponse resources. */
                    resources: envoy.service.discovery.v3.Resource.$Properties[];

                    /** DeltaDiscoveryResponse typeUrl. */
                    typeUrl: string;

                    /** DeltaDiscoveryResponse nonce. */
                    nonce: string;

                    /** DeltaDiscoveryResponse removedResources. */
                    removedResources: string[];

                    /**
                     * Creates a new DeltaDiscoveryResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeltaDiscoveryResponse instance
                     */
                    static create(properties: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape): envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape;
                    static create(properties?: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties): envoy.service.discovery.v3.DeltaDiscoveryResponse;

                    /**
                     * Encodes the specified DeltaDiscoveryResponse message. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryResponse.verify|verify} messages.
                     * @param message DeltaDiscoveryResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified DeltaDiscoveryResponse message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryResponse.verify|verify} messages.
                     * @param message DeltaDiscoveryResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeltaDiscoveryResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape} DeltaDiscoveryResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape;

                    /**
                     * Decodes a DeltaDiscoveryResponse message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape} DeltaDiscoveryResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape;

                    /**
                     * Verifies a DeltaDiscoveryResponse message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a DeltaDiscoveryResponse message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns DeltaDiscoveryResponse
                     */
                    static fromObject(object: { [k: string]: any }): envoy.service.discovery.v3.DeltaDiscoveryResponse;

                    /**
                     * Creates a plain object from a DeltaDiscoveryResponse message. Also converts values to other types if specified.
                     * @param message DeltaDiscoveryResponse
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: envoy.service.discovery.v3.DeltaDiscoveryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this DeltaDiscoveryResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for DeltaDiscoveryResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace DeltaDiscoveryResponse {

                    /** Properties of a DeltaDiscoveryResponse. */
                    interface $Properties {

                        /** DeltaDiscoveryResponse systemVersionInfo */
                        systemVersionInfo?: (string|null);

                        /** DeltaDiscoveryResponse resources */
                        resources?: (envoy.service.discovery.v3.Resource.$Properties[]|null);

                        /** DeltaDiscoveryResponse typeUrl */
                        typeUrl?: (string|null);

                        /** DeltaDiscoveryResponse nonce */
                        nonce?: (string|null);

                        /** DeltaDiscoveryResponse removedResources */
                        removedResources?: (string[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a DeltaDiscoveryResponse. */
                    type $Shape = envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties;
                }

                /**
                 * Properties of a Resource.
                 * @deprecated Use envoy.service.discovery.v3.Resource.$Properties instead.
                 */
                interface IResource extends envoy.service.discovery.v3.Resource.$Properties {
                }

                /** Represents a Resource. */
                class Resource {

                    /**
                     * Constructs a new Resource.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: envoy.service.discovery.v3.Resource.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Resource version. */
                    version: string;

                    /** Resource resource. */
                    resource?: (google.protobuf.Any.$Properties|null);

                    /** Resource name. */
                    name: string;

                    /** Resource aliases. */
                    aliases: string[];

                    /** Resource ttl. */
                    ttl?: (google.protobuf.Duration.$Properties|null);

                    /** Resource cacheControl. */
                    cacheControl?: (envoy.service.discovery.v3.Resource.CacheControl.$Properties|null);

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Resource instance
                     */
                    static create(properties: envoy.service.discovery.v3.Resource.$Shape): envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape;
                    static create(properties?: envoy.service.discovery.v3.Resource.$Properties): envoy.service.discovery.v3.Resource;

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link envoy.service.discovery.v3.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: envoy.service.discovery.v3.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Resource message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: envoy.service.discovery.v3.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape;

                    /**
                     * Decodes a Resource message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape;

                    /**
                     * Verifies a Resource message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Resource
                     */
                    static fromObject(object: { [k: string]: any }): envoy.service.discovery.v3.Resource;

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @param message Resource
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: envoy.service.discovery.v3.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Resource to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Resource
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Resource {

                    /** Properties of a Resource. */
                    interface $Properties {

                        /** Resource version */
                        version?: (string|null);

                        /** Resource resource */
                        resource?: (google.protobuf.Any.$Properties|null);

                        /** Resource name */
                        name?: (string|null);

                        /** Resource aliases */
                        aliases?: (string[]|null);

                        /** Resource ttl */
                        ttl?: (google.protobuf.Duration.$Properties|null);

                        /** Resource cacheControl */
                        cacheControl?: (envoy.service.discovery.v3.Resource.CacheControl.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Resource. */
                    type $Shape = envoy.service.discovery.v3.Resource.$Properties;

                    /**
                     * Properties of a CacheControl.
                     * @deprecated Use envoy.service.discovery.v3.Resource.CacheControl.$Properties instead.
                     */
                    interface ICacheControl extends envoy.service.discovery.v3.Resource.CacheControl.$Properties {
                    }

                    /** Represents a CacheControl. */
                    class CacheControl {

                        /**
                         * Constructs a new CacheControl.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: envoy.service.discovery.v3.Resource.CacheControl.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** CacheControl doNotCache. */
                        doNotCache: boolean;

                        /**
                         * Creates a new CacheControl instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns CacheControl instance
                         */
                        static create(properties: envoy.service.discovery.v3.Resource.CacheControl.$Shape): envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape;
                        static create(properties?: envoy.service.discovery.v3.Resource.CacheControl.$Properties): envoy.service.discovery.v3.Resource.CacheControl;

                        /**
                         * Encodes the specified CacheControl message. Does not implicitly {@link envoy.service.discovery.v3.Resource.CacheControl.verify|verify} messages.
                         * @param message CacheControl message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: envoy.service.discovery.v3.Resource.CacheControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Encodes the specified CacheControl message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.Resource.CacheControl.verify|verify} messages.
                         * @param message CacheControl message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encodeDelimited(message: envoy.service.discovery.v3.Resource.CacheControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a CacheControl message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape} CacheControl
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape;

                        /**
                         * Decodes a CacheControl message from the specified reader or buffer, length delimited.
                         * @param reader Reader or buffer to decode from
                         * @returns {envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape} CacheControl
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape;

                        /**
                         * Verifies a CacheControl message.
                         * @param message Plain object to verify
                         * @returns `null` if valid, otherwise the reason why it is not
                         */
                        static verify(message: { [k: string]: any }): (string|null);

                        /**
                         * Creates a CacheControl message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns CacheControl
                         */
                        static fromObject(object: { [k: string]: any }): envoy.service.discovery.v3.Resource.CacheControl;

                        /**
                         * Creates a plain object from a CacheControl message. Also converts values to other types if specified.
                         * @param message CacheControl
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: envoy.service.discovery.v3.Resource.CacheControl, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this CacheControl to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for CacheControl
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace CacheControl {

                        /** Properties of a CacheControl. */
                        interface $Properties {

                            /** CacheControl doNotCache */
                            doNotCache?: (boolean|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a CacheControl. */
                        type $Shape = envoy.service.discovery.v3.Resource.CacheControl.$Properties;
                    }
                }

                /** Represents an AggregatedDiscoveryService */
                class AggregatedDiscoveryService extends $protobuf.rpc.Service {

                    /**
                     * Constructs a new AggregatedDiscoveryService service.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     */
                    constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                    /**
                     * Creates new AggregatedDiscoveryService service using the specified rpc implementation.
                     * @param rpcImpl RPC implementation
                     * @param [requestDelimited=false] Whether requests are length-delimited
                     * @param [responseDelimited=false] Whether responses are length-delimited
                     * @returns RPC service. Useful where requests and/or responses are streamed.
                     */
                    static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): AggregatedDiscoveryService;

                    /** Calls DeltaAggregatedResources. */
                    deltaAggregatedResources: envoy.service.discovery.v3.AggregatedDiscoveryService.DeltaAggregatedResources;
                }

                namespace AggregatedDiscoveryService {

                    /**
                     * Callback as used by {@link envoy.service.discovery.v3.AggregatedDiscoveryService#deltaAggregatedResources}.
                     * @param error Error, if any
                     * @param [response] DeltaDiscoveryResponse
                     */
                    type DeltaAggregatedResourcesCallback = (error: (Error|null), response?: envoy.service.discovery.v3.DeltaDiscoveryResponse) => void;

                    /** Calls DeltaAggregatedResources. */
                    type DeltaAggregatedResources = {
                      (request: envoy.service.discovery.v3.IDeltaDiscoveryRequest, callback: envoy.service.discovery.v3.AggregatedDiscoveryService.DeltaAggregatedResourcesCallback): void;
                      (request: envoy.service.discovery.v3.IDeltaDiscoveryRequest): Promise<envoy.service.discovery.v3.DeltaDiscoveryResponse>;
                      readonly name: "DeltaAggregatedResources";
                      readonly path: "/envoy.service.discovery.v3.AggregatedDiscoveryService/DeltaAggregatedResources";
                      readonly requestType: "DeltaDiscoveryRequest";
                      readonly responseType: "DeltaDiscoveryResponse";
                      readonly requestStream: true;
                      readonly responseStream: true;
                    };
                }
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of an Empty.
         * @deprecated Use google.protobuf.Empty.$Properties instead.
         */
        interface IEmpty extends google.protobuf.Empty.$Properties {
        }

        /** Represents an Empty. */
        class Empty {

            /**
             * Constructs a new Empty.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Empty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Empty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Empty instance
             */
            static create(properties: google.protobuf.Empty.$Shape): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static create(properties?: google.protobuf.Empty.$Properties): google.protobuf.Empty;

            /**
             * Encodes the specified Empty message. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Empty message, length delimited. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Empty & google.protobuf.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Empty & google.protobuf.Empty.$Shape;

            /**
             * Decodes an Empty message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Empty & google.protobuf.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Empty & google.protobuf.Empty.$Shape;

            /**
             * Verifies an Empty message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Empty message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Empty
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Empty;

            /**
             * Creates a plain object from an Empty message. Also converts values to other types if specified.
             * @param message Empty
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Empty to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Empty
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Empty {

            /** Properties of an Empty. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Empty. */
            type $Shape = google.protobuf.Empty.$Properties;
        }

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any type_url. */
            type_url: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Verifies an Any message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Any
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any type_url */
                type_url?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }

        /**
         * Properties of a DoubleValue.
         * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
         */
        interface IDoubleValue extends google.protobuf.DoubleValue.$Properties {
        }

        /** Represents a DoubleValue. */
        class DoubleValue {

            /**
             * Constructs a new DoubleValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.DoubleValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DoubleValue value. */
            value: number;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DoubleValue instance
             */
            static create(properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static create(properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DoubleValue message, length delimited. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;

            /**
             * Verifies a DoubleValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DoubleValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DoubleValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.DoubleValue;

            /**
             * Creates a plain object from a DoubleValue message. Also converts values to other types if specified.
             * @param message DoubleValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.DoubleValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DoubleValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DoubleValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DoubleValue {

            /** Properties of a DoubleValue. */
            interface $Properties {

                /** DoubleValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DoubleValue. */
            type $Shape = google.protobuf.DoubleValue.$Properties;
        }

        /**
         * Properties of a FloatValue.
         * @deprecated Use google.protobuf.FloatValue.$Properties instead.
         */
        interface IFloatValue extends google.protobuf.FloatValue.$Properties {
        }

        /** Represents a FloatValue. */
        class FloatValue {

            /**
             * Constructs a new FloatValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.FloatValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FloatValue value. */
            value: number;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FloatValue instance
             */
            static create(properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static create(properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @param message FloatValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FloatValue message, length delimited. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @param message FloatValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;

            /**
             * Decodes a FloatValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;

            /**
             * Verifies a FloatValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FloatValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FloatValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.FloatValue;

            /**
             * Creates a plain object from a FloatValue message. Also converts values to other types if specified.
             * @param message FloatValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.FloatValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FloatValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FloatValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FloatValue {

            /** Properties of a FloatValue. */
            interface $Properties {

                /** FloatValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FloatValue. */
            type $Shape = google.protobuf.FloatValue.$Properties;
        }

        /**
         * Properties of an Int64Value.
         * @deprecated Use google.protobuf.Int64Value.$Properties instead.
         */
        interface IInt64Value extends google.protobuf.Int64Value.$Properties {
        }

        /** Represents an Int64Value. */
        class Int64Value {

            /**
             * Constructs a new Int64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Int64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int64Value value. */
            value: number;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            static create(properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static create(properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Int64Value message, length delimited. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;

            /**
             * Decodes an Int64Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;

            /**
             * Verifies an Int64Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Int64Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Int64Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Int64Value;

            /**
             * Creates a plain object from an Int64Value message. Also converts values to other types if specified.
             * @param message Int64Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Int64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Int64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int64Value {

            /** Properties of an Int64Value. */
            interface $Properties {

                /** Int64Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int64Value. */
            type $Shape = google.protobuf.Int64Value.$Properties;
        }

        /**
         * Properties of a UInt64Value.
         * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
         */
        interface IUInt64Value extends google.protobuf.UInt64Value.$Properties {
        }

        /** Represents a UInt64Value. */
        class UInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.UInt64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt64Value value. */
            value: number;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            static create(properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static create(properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UInt64Value message, length delimited. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;

            /**
             * Verifies a UInt64Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UInt64Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UInt64Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt64Value;

            /**
             * Creates a plain object from a UInt64Value message. Also converts values to other types if specified.
             * @param message UInt64Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.UInt64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UInt64Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UInt64Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt64Value {

            /** Properties of a UInt64Value. */
            interface $Properties {

                /** UInt64Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt64Value. */
            type $Shape = google.protobuf.UInt64Value.$Properties;
        }

        /**
         * Properties of an Int32Value.
         * @deprecated Use google.protobuf.Int32Value.$Properties instead.
         */
        interface IInt32Value extends google.protobuf.Int32Value.$Properties {
        }

        /** Represents an Int32Value. */
        class Int32Value {

            /**
             * Constructs a new Int32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Int32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int32Value value. */
            value: number;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int32Value instance
             */
            static create(properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static create(properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @param message Int32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Int32Value message, length delimited. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @param message Int32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;

            /**
             * Decodes an Int32Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;

            /**
             * Verifies an Int32Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Int32Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Int32Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Int32Value;

            /**
             * Creates a plain object from an Int32Value message. Also converts values to other types if specified.
             * @param message Int32Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Int32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Int32Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Int32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Int32Value {

            /** Properties of an Int32Value. */
            interface $Properties {

                /** Int32Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int32Value. */
            type $Shape = google.protobuf.Int32Value.$Properties;
        }

        /**
         * Properties of a UInt32Value.
         * @deprecated Use google.protobuf.UInt32Value.$Properties instead.
         */
        interface IUInt32Value extends google.protobuf.UInt32Value.$Properties {
        }

        /** Represents a UInt32Value. */
        class UInt32Value {

            /**
             * Constructs a new UInt32Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.UInt32Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt32Value value. */
            value: number;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt32Value instance
             */
            static create(properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static create(properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @param message UInt32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UInt32Value message, length delimited. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @param message UInt32Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;

            /**
             * Decodes a UInt32Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;

            /**
             * Verifies a UInt32Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UInt32Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UInt32Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt32Value;

            /**
             * Creates a plain object from a UInt32Value message. Also converts values to other types if specified.
             * @param message UInt32Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.UInt32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UInt32Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UInt32Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UInt32Value {

            /** Properties of a UInt32Value. */
            interface $Properties {

                /** UInt32Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt32Value. */
            type $Shape = google.protobuf.UInt32Value.$Properties;
        }

        /**
         * Properties of a BoolValue.
         * @deprecated Use google.protobuf.BoolValue.$Properties instead.
         */
        interface IBoolValue extends google.protobuf.BoolValue.$Properties {
        }

        /** Represents a BoolValue. */
        class BoolValue {

            /**
             * Constructs a new BoolValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.BoolValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BoolValue value. */
            value: boolean;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoolValue instance
             */
            static create(properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static create(properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BoolValue message, length delimited. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;

            /**
             * Decodes a BoolValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;

            /**
             * Verifies a BoolValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BoolValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BoolValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.BoolValue;

            /**
             * Creates a plain object from a BoolValue message. Also converts values to other types if specified.
             * @param message BoolValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.BoolValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BoolValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BoolValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BoolValue {

            /** Properties of a BoolValue. */
            interface $Properties {

                /** BoolValue value */
                value?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BoolValue. */
            type $Shape = google.protobuf.BoolValue.$Properties;
        }

        /**
         * Properties of a StringValue.
         * @deprecated Use google.protobuf.StringValue.$Properties instead.
         */
        interface IStringValue extends google.protobuf.StringValue.$Properties {
        }

        /** Represents a StringValue. */
        class StringValue {

            /**
             * Constructs a new StringValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.StringValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringValue value. */
            value: string;

            /**
             * Creates a new StringValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringValue instance
             */
            static create(properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static create(properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StringValue message, length delimited. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;

            /**
             * Decodes a StringValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;

            /**
             * Verifies a StringValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StringValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StringValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.StringValue;

            /**
             * Creates a plain object from a StringValue message. Also converts values to other types if specified.
             * @param message StringValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.StringValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StringValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StringValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringValue {

            /** Properties of a StringValue. */
            interface $Properties {

                /** StringValue value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringValue. */
            type $Shape = google.protobuf.StringValue.$Properties;
        }

        /**
         * Properties of a BytesValue.
         * @deprecated Use google.protobuf.BytesValue.$Properties instead.
         */
        interface IBytesValue extends google.protobuf.BytesValue.$Properties {
        }

        /** Represents a BytesValue. */
        class BytesValue {

            /**
             * Constructs a new BytesValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.BytesValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BytesValue value. */
            value: Uint8Array;

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BytesValue instance
             */
            static create(properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static create(properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @param message BytesValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BytesValue message, length delimited. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @param message BytesValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;

            /**
             * Decodes a BytesValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;

            /**
             * Verifies a BytesValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BytesValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BytesValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.BytesValue;

            /**
             * Creates a plain object from a BytesValue message. Also converts values to other types if specified.
             * @param message BytesValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.BytesValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BytesValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BytesValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesValue {

            /** Properties of a BytesValue. */
            interface $Properties {

                /** BytesValue value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BytesValue. */
            type $Shape = google.protobuf.BytesValue.$Properties;
        }

        /**
         * Properties of a Struct.
         * @deprecated Use google.protobuf.Struct.$Properties instead.
         */
        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        /** Represents a Struct. */
        class Struct {

            /**
             * Constructs a new Struct.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Struct.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Struct fields. */
            fields: { [k: string]: google.protobuf.Value.$Properties };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Verifies a Struct message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Struct
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Struct;

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @param message Struct
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Struct to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Struct
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Struct {

            /** Properties of a Struct. */
            interface $Properties {

                /** Struct fields */
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Struct. */
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Value.
         * @deprecated Use google.protobuf.Value.$Properties instead.
         */
        interface IValue extends google.protobuf.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value nullValue. */
            nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue. */
            numberValue?: (number|null);

            /** Value stringValue. */
            stringValue?: (string|null);

            /** Value boolValue. */
            boolValue?: (boolean|null);

            /** Value structValue. */
            structValue?: (google.protobuf.Struct.$Properties|null);

            /** Value listValue. */
            listValue?: (google.protobuf.ListValue.$Properties|null);

            /** Value kind. */
            kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Verifies a Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Value
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param message Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value nullValue */
                nullValue?: (google.protobuf.NullValue|null);

                /** Value numberValue */
                numberValue?: (number|null);

                /** Value stringValue */
                stringValue?: (string|null);

                /** Value boolValue */
                boolValue?: (boolean|null);

                /** Value structValue */
                structValue?: (google.protobuf.Struct.$Properties|null);

                /** Value listValue */
                listValue?: (google.protobuf.ListValue.$Properties|null);

                /** Value kind */
                kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              nullValue?: google.protobuf.NullValue|null;
              numberValue?: number|null;
              stringValue?: string|null;
              boolValue?: boolean|null;
              structValue?: google.protobuf.Struct.$Shape|null;
              listValue?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
            );
        }

        /** NullValue enum. */
        enum NullValue {

            /** NULL_VALUE value */
            NULL_VALUE = 0
        }

        /**
         * Properties of a ListValue.
         * @deprecated Use google.protobuf.ListValue.$Properties instead.
         */
        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /**
             * Constructs a new ListValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ListValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue values. */
            values: google.protobuf.Value.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Verifies a ListValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListValue
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @param message ListValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue values */
                values?: (google.protobuf.Value.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Duration.
         * @deprecated Use google.protobuf.Duration.$Properties instead.
         */
        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: number;

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Verifies a Duration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Duration
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Duration;

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @param message Duration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Duration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Duration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (number|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.protobuf.Duration.$Properties;
        }
    }

    /** Namespace rpc. */
    namespace rpc {

        /**
         * Properties of a Status.
         * @deprecated Use google.rpc.Status.$Properties instead.
         */
        interface IStatus extends google.rpc.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status code. */
            code: number;

            /** Status message. */
            message: string;

            /** Status details. */
            details: google.protobuf.Any.$Properties[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status & google.rpc.Status.$Shape;

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.rpc.Status & google.rpc.Status.$Shape;

            /**
             * Verifies a Status message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            static fromObject(object: { [k: string]: any }): google.rpc.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Status
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status code */
                code?: (number|null);

                /** Status message */
                message?: (string|null);

                /** Status details */
                details?: (google.protobuf.Any.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = google.rpc.Status.$Properties;
        }
    }
}
