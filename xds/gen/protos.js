/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const istio = $root.istio = (() => {

    /**
     * Namespace istio.
     * @exports istio
     * @namespace
     */
    const istio = {};

    istio.security = (function() {

        /**
         * Namespace security.
         * @memberof istio
         * @namespace
         */
        const security = {};

        security.Authorization = (function() {

            /**
             * Properties of an Authorization.
             * @typedef {Object} istio.security.Authorization.$Properties
             * @property {string|null} [name] Authorization name
             * @property {string|null} [namespace] Authorization namespace
             * @property {istio.security.Scope|null} [scope] Authorization scope
             * @property {istio.security.Action|null} [action] Authorization action
             * @property {Array.<istio.security.Rule.$Properties>|null} [rules] Authorization rules
             * @property {boolean|null} [dryRun] Authorization dryRun
             * @property {Array.<istio.workload.Extension.$Properties>|null} [extensions] Authorization extensions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Authorization.
             * @memberof istio.security
             * @interface IAuthorization
             * @augments istio.security.Authorization.$Properties
             * @deprecated Use istio.security.Authorization.$Properties instead.
             */

            /**
             * Shape of an Authorization.
             * @typedef {{
             *   name?: string|null;
             *   namespace?: string|null;
             *   scope?: istio.security.Scope|null;
             *   action?: istio.security.Action|null;
             *   rules?: Array.<istio.security.Rule.$Shape>|null;
             *   dryRun?: boolean|null;
             *   extensions?: Array.<istio.workload.Extension.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} istio.security.Authorization.$Shape
             */

            /**
             * Constructs a new Authorization.
             * @memberof istio.security
             * @classdesc Represents an Authorization.
             * @constructor
             * @param {istio.security.Authorization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Authorization = function (properties) {
                this.rules = [];
                this.extensions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Authorization name.
             * @member {string} name
             * @memberof istio.security.Authorization
             * @instance
             */
            Authorization.prototype.name = "";

            /**
             * Authorization namespace.
             * @member {string} namespace
             * @memberof istio.security.Authorization
             * @instance
             */
            Authorization.prototype.namespace = "";

            /**
             * Authorization scope.
             * @member {istio.security.Scope} scope
             * @memberof istio.security.Authorization
             * @instance
             */
            Authorization.prototype.scope = 0;

            /**
             * Authorization action.
             * @member {istio.security.Action} action
             * @memberof istio.security.Authorization
             * @instance
             */
            Authorization.prototype.action = 0;

            /**
             * Authorization rules.
             * @member {Array.<istio.security.Rule.$Properties>} rules
             * @memberof istio.security.Authorization
             * @instance
             */
            Authorization.prototype.rules = $util.emptyArray;

            /**
             * Authorization dryRun.
             * @member {boolean} dryRun
             * @memberof istio.security.Authorization
             * @instance
             */
            Authorization.prototype.dryRun = false;

            /**
             * Authorization extensions.
             * @member {Array.<istio.workload.Extension.$Properties>} extensions
             * @memberof istio.security.Authorization
             * @instance
             */
            Authorization.prototype.extensions = $util.emptyArray;

            /**
             * Creates a new Authorization instance using the specified properties.
             * @function create
             * @memberof istio.security.Authorization
             * @static
             * @param {istio.security.Authorization.$Properties=} [properties] Properties to set
             * @returns {istio.security.Authorization} Authorization instance
             * @type {{
             *   (properties: istio.security.Authorization.$Shape): istio.security.Authorization & istio.security.Authorization.$Shape;
             *   (properties?: istio.security.Authorization.$Properties): istio.security.Authorization;
             * }}
             */
            Authorization.create = function(properties) {
                return new Authorization(properties);
            };

            /**
             * Encodes the specified Authorization message. Does not implicitly {@link istio.security.Authorization.verify|verify} messages.
             * @function encode
             * @memberof istio.security.Authorization
             * @static
             * @param {istio.security.Authorization.$Properties} message Authorization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Authorization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                if (message.scope != null && $Object.hasOwnProperty.call(message, "scope") && message.scope !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.scope);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.action);
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        $root.istio.security.Rule.encode(message.rules[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.dryRun);
                if (message.extensions != null && message.extensions.length)
                    for (let i = 0; i < message.extensions.length; ++i)
                        $root.istio.workload.Extension.encode(message.extensions[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Authorization message, length delimited. Does not implicitly {@link istio.security.Authorization.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.security.Authorization
             * @static
             * @param {istio.security.Authorization.$Properties} message Authorization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Authorization.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Authorization message from the specified reader or buffer.
             * @function decode
             * @memberof istio.security.Authorization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.security.Authorization & istio.security.Authorization.$Shape} Authorization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Authorization.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.security.Authorization();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.scope = value;
                            else
                                delete message.scope;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push($root.istio.security.Rule.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extensions && message.extensions.length))
                                message.extensions = [];
                            message.extensions.push($root.istio.workload.Extension.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Authorization message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.security.Authorization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.security.Authorization & istio.security.Authorization.$Shape} Authorization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Authorization.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Authorization message.
             * @function verify
             * @memberof istio.security.Authorization
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Authorization.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                    if (typeof message.scope !== "number" || (message.scope | 0) !== message.scope)
                        return "scope: enum value expected";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                        return "action: enum value expected";
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                    if (!$Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i) {
                        let error = $root.istio.security.Rule.verify(message.rules[i], _depth + 1);
                        if (error)
                            return "rules." + error;
                    }
                }
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    if (typeof message.dryRun !== "boolean")
                        return "dryRun: boolean expected";
                if (message.extensions != null && $Object.hasOwnProperty.call(message, "extensions")) {
                    if (!$Array.isArray(message.extensions))
                        return "extensions: array expected";
                    for (let i = 0; i < message.extensions.length; ++i) {
                        let error = $root.istio.workload.Extension.verify(message.extensions[i], _depth + 1);
                        if (error)
                            return "extensions." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Authorization message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.security.Authorization
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.security.Authorization} Authorization
             */
            Authorization.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.security.Authorization)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.security.Authorization: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.security.Authorization();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.scope !== 0 && (typeof object.scope !== "string" || $root.istio.security.Scope[object.scope] !== 0))
                    switch (object.scope) {
                    case "GLOBAL":
                    case 0:
                        message.scope = 0;
                        break;
                    case "NAMESPACE":
                    case 1:
                        message.scope = 1;
                        break;
                    case "WORKLOAD_SELECTOR":
                    case 2:
                        message.scope = 2;
                        break;
                    default:
                        if (typeof object.scope === "number" && (object.scope | 0) === object.scope)
                            message.scope = object.scope;
                    }
                if (object.action !== 0 && (typeof object.action !== "string" || $root.istio.security.Action[object.action] !== 0))
                    switch (object.action) {
                    case "ALLOW":
                    case 0:
                        message.action = 0;
                        break;
                    case "DENY":
                    case 1:
                        message.action = 1;
                        break;
                    default:
                        if (typeof object.action === "number" && (object.action | 0) === object.action)
                            message.action = object.action;
                    }
                if (object.rules) {
                    if (!$Array.isArray(object.rules))
                        throw $TypeError(".istio.security.Authorization.rules: array expected");
                    message.rules = $Array(object.rules.length);
                    for (let i = 0; i < object.rules.length; ++i) {
                        if (!$util.isObject(object.rules[i]))
                            throw $TypeError(".istio.security.Authorization.rules: object expected");
                        message.rules[i] = $root.istio.security.Rule.fromObject(object.rules[i], _depth + 1);
                    }
                }
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.extensions) {
                    if (!$Array.isArray(object.extensions))
                        throw $TypeError(".istio.security.Authorization.extensions: array expected");
                    message.extensions = $Array(object.extensions.length);
                    for (let i = 0; i < object.extensions.length; ++i) {
                        if (!$util.isObject(object.extensions[i]))
                            throw $TypeError(".istio.security.Authorization.extensions: object expected");
                        message.extensions[i] = $root.istio.workload.Extension.fromObject(object.extensions[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Authorization message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.security.Authorization
             * @static
             * @param {istio.security.Authorization} message Authorization
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Authorization.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.rules = [];
                    object.extensions = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.namespace = "";
                    object.scope = options.enums === $String ? "GLOBAL" : 0;
                    object.action = options.enums === $String ? "ALLOW" : 0;
                    object.dryRun = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                    object.scope = options.enums === $String ? $root.istio.security.Scope[message.scope] === $undefined ? message.scope : $root.istio.security.Scope[message.scope] : message.scope;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = options.enums === $String ? $root.istio.security.Action[message.action] === $undefined ? message.action : $root.istio.security.Action[message.action] : message.action;
                if (message.rules && message.rules.length) {
                    object.rules = $Array(message.rules.length);
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = $root.istio.security.Rule.toObject(message.rules[j], options, _depth + 1);
                }
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                if (message.extensions && message.extensions.length) {
                    object.extensions = $Array(message.extensions.length);
                    for (let j = 0; j < message.extensions.length; ++j)
                        object.extensions[j] = $root.istio.workload.Extension.toObject(message.extensions[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Authorization to JSON.
             * @function toJSON
             * @memberof istio.security.Authorization
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Authorization.prototype.toJSON = function() {
                return Authorization.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Authorization
             * @function getTypeUrl
             * @memberof istio.security.Authorization
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Authorization.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.security.Authorization";
            };

            return Authorization;
        })();

        security.Rule = (function() {

            /**
             * Properties of a Rule.
             * @typedef {Object} istio.security.Rule.$Properties
             * @property {Array.<istio.security.Clause.$Properties>|null} [clauses] Rule clauses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rule.
             * @memberof istio.security
             * @interface IRule
             * @augments istio.security.Rule.$Properties
             * @deprecated Use istio.security.Rule.$Properties instead.
             */

            /**
             * Shape of a Rule.
             * @typedef {{
             *   clauses?: Array.<istio.security.Clause.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} istio.security.Rule.$Shape
             */

            /**
             * Constructs a new Rule.
             * @memberof istio.security
             * @classdesc Represents a Rule.
             * @constructor
             * @param {istio.security.Rule.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rule = function (properties) {
                this.clauses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Rule clauses.
             * @member {Array.<istio.security.Clause.$Properties>} clauses
             * @memberof istio.security.Rule
             * @instance
             */
            Rule.prototype.clauses = $util.emptyArray;

            /**
             * Creates a new Rule instance using the specified properties.
             * @function create
             * @memberof istio.security.Rule
             * @static
             * @param {istio.security.Rule.$Properties=} [properties] Properties to set
             * @returns {istio.security.Rule} Rule instance
             * @type {{
             *   (properties: istio.security.Rule.$Shape): istio.security.Rule & istio.security.Rule.$Shape;
             *   (properties?: istio.security.Rule.$Properties): istio.security.Rule;
             * }}
             */
            Rule.create = function(properties) {
                return new Rule(properties);
            };

            /**
             * Encodes the specified Rule message. Does not implicitly {@link istio.security.Rule.verify|verify} messages.
             * @function encode
             * @memberof istio.security.Rule
             * @static
             * @param {istio.security.Rule.$Properties} message Rule message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rule.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clauses != null && message.clauses.length)
                    for (let i = 0; i < message.clauses.length; ++i)
                        $root.istio.security.Clause.encode(message.clauses[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Rule message, length delimited. Does not implicitly {@link istio.security.Rule.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.security.Rule
             * @static
             * @param {istio.security.Rule.$Properties} message Rule message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rule.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Rule message from the specified reader or buffer.
             * @function decode
             * @memberof istio.security.Rule
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.security.Rule & istio.security.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rule.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.security.Rule();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.clauses && message.clauses.length))
                                message.clauses = [];
                            message.clauses.push($root.istio.security.Clause.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Rule message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.security.Rule
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.security.Rule & istio.security.Rule.$Shape} Rule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rule.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Rule message.
             * @function verify
             * @memberof istio.security.Rule
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Rule.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clauses != null && $Object.hasOwnProperty.call(message, "clauses")) {
                    if (!$Array.isArray(message.clauses))
                        return "clauses: array expected";
                    for (let i = 0; i < message.clauses.length; ++i) {
                        let error = $root.istio.security.Clause.verify(message.clauses[i], _depth + 1);
                        if (error)
                            return "clauses." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Rule message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.security.Rule
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.security.Rule} Rule
             */
            Rule.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.security.Rule)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.security.Rule: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.security.Rule();
                if (object.clauses) {
                    if (!$Array.isArray(object.clauses))
                        throw $TypeError(".istio.security.Rule.clauses: array expected");
                    message.clauses = $Array(object.clauses.length);
                    for (let i = 0; i < object.clauses.length; ++i) {
                        if (!$util.isObject(object.clauses[i]))
                            throw $TypeError(".istio.security.Rule.clauses: object expected");
                        message.clauses[i] = $root.istio.security.Clause.fromObject(object.clauses[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Rule message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.security.Rule
             * @static
             * @param {istio.security.Rule} message Rule
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rule.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.clauses = [];
                if (message.clauses && message.clauses.length) {
                    object.clauses = $Array(message.clauses.length);
                    for (let j = 0; j < message.clauses.length; ++j)
                        object.clauses[j] = $root.istio.security.Clause.toObject(message.clauses[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Rule to JSON.
             * @function toJSON
             * @memberof istio.security.Rule
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rule.prototype.toJSON = function() {
                return Rule.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Rule
             * @function getTypeUrl
             * @memberof istio.security.Rule
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Rule.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.security.Rule";
            };

            return Rule;
        })();

        security.Clause = (function() {

            /**
             * Properties of a Clause.
             * @typedef {Object} istio.security.Clause.$Properties
             * @property {Array.<istio.security.Match.$Properties>|null} [matches] Clause matches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Clause.
             * @memberof istio.security
             * @interface IClause
             * @augments istio.security.Clause.$Properties
             * @deprecated Use istio.security.Clause.$Properties instead.
             */

            /**
             * Shape of a Clause.
             * @typedef {{
             *   matches?: Array.<istio.security.Match.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} istio.security.Clause.$Shape
             */

            /**
             * Constructs a new Clause.
             * @memberof istio.security
             * @classdesc Represents a Clause.
             * @constructor
             * @param {istio.security.Clause.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Clause = function (properties) {
                this.matches = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Clause matches.
             * @member {Array.<istio.security.Match.$Properties>} matches
             * @memberof istio.security.Clause
             * @instance
             */
            Clause.prototype.matches = $util.emptyArray;

            /**
             * Creates a new Clause instance using the specified properties.
             * @function create
             * @memberof istio.security.Clause
             * @static
             * @param {istio.security.Clause.$Properties=} [properties] Properties to set
             * @returns {istio.security.Clause} Clause instance
             * @type {{
             *   (properties: istio.security.Clause.$Shape): istio.security.Clause & istio.security.Clause.$Shape;
             *   (properties?: istio.security.Clause.$Properties): istio.security.Clause;
             * }}
             */
            Clause.create = function(properties) {
                return new Clause(properties);
            };

            /**
             * Encodes the specified Clause message. Does not implicitly {@link istio.security.Clause.verify|verify} messages.
             * @function encode
             * @memberof istio.security.Clause
             * @static
             * @param {istio.security.Clause.$Properties} message Clause message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Clause.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.matches != null && message.matches.length)
                    for (let i = 0; i < message.matches.length; ++i)
                        $root.istio.security.Match.encode(message.matches[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Clause message, length delimited. Does not implicitly {@link istio.security.Clause.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.security.Clause
             * @static
             * @param {istio.security.Clause.$Properties} message Clause message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Clause.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Clause message from the specified reader or buffer.
             * @function decode
             * @memberof istio.security.Clause
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.security.Clause & istio.security.Clause.$Shape} Clause
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Clause.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.security.Clause();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.matches && message.matches.length))
                                message.matches = [];
                            message.matches.push($root.istio.security.Match.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Clause message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.security.Clause
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.security.Clause & istio.security.Clause.$Shape} Clause
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Clause.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Clause message.
             * @function verify
             * @memberof istio.security.Clause
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Clause.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.matches != null && $Object.hasOwnProperty.call(message, "matches")) {
                    if (!$Array.isArray(message.matches))
                        return "matches: array expected";
                    for (let i = 0; i < message.matches.length; ++i) {
                        let error = $root.istio.security.Match.verify(message.matches[i], _depth + 1);
                        if (error)
                            return "matches." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Clause message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.security.Clause
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.security.Clause} Clause
             */
            Clause.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.security.Clause)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.security.Clause: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.security.Clause();
                if (object.matches) {
                    if (!$Array.isArray(object.matches))
                        throw $TypeError(".istio.security.Clause.matches: array expected");
                    message.matches = $Array(object.matches.length);
                    for (let i = 0; i < object.matches.length; ++i) {
                        if (!$util.isObject(object.matches[i]))
                            throw $TypeError(".istio.security.Clause.matches: object expected");
                        message.matches[i] = $root.istio.security.Match.fromObject(object.matches[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Clause message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.security.Clause
             * @static
             * @param {istio.security.Clause} message Clause
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Clause.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.matches = [];
                if (message.matches && message.matches.length) {
                    object.matches = $Array(message.matches.length);
                    for (let j = 0; j < message.matches.length; ++j)
                        object.matches[j] = $root.istio.security.Match.toObject(message.matches[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Clause to JSON.
             * @function toJSON
             * @memberof istio.security.Clause
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Clause.prototype.toJSON = function() {
                return Clause.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Clause
             * @function getTypeUrl
             * @memberof istio.security.Clause
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Clause.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.security.Clause";
            };

            return Clause;
        })();

        security.Match = (function() {

            /**
             * Properties of a Match.
             * @typedef {Object} istio.security.Match.$Properties
             * @property {Array.<istio.security.StringMatch.$Properties>|null} [namespaces] Match namespaces
             * @property {Array.<istio.security.StringMatch.$Properties>|null} [notNamespaces] Match notNamespaces
             * @property {Array.<istio.security.StringMatch.$Properties>|null} [principals] Match principals
             * @property {Array.<istio.security.StringMatch.$Properties>|null} [notPrincipals] Match notPrincipals
             * @property {Array.<istio.security.Address.$Properties>|null} [sourceIps] Match sourceIps
             * @property {Array.<istio.security.Address.$Properties>|null} [notSourceIps] Match notSourceIps
             * @property {Array.<istio.security.Address.$Properties>|null} [destinationIps] Match destinationIps
             * @property {Array.<istio.security.Address.$Properties>|null} [notDestinationIps] Match notDestinationIps
             * @property {Array.<number>|null} [destinationPorts] Match destinationPorts
             * @property {Array.<number>|null} [notDestinationPorts] Match notDestinationPorts
             * @property {Array.<istio.security.ServiceAccountMatch.$Properties>|null} [serviceAccounts] Match serviceAccounts
             * @property {Array.<istio.security.ServiceAccountMatch.$Properties>|null} [notServiceAccounts] Match notServiceAccounts
             * @property {Array.<istio.workload.Extension.$Properties>|null} [extensions] Match extensions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Match.
             * @memberof istio.security
             * @interface IMatch
             * @augments istio.security.Match.$Properties
             * @deprecated Use istio.security.Match.$Properties instead.
             */

            /**
             * Shape of a Match.
             * @typedef {{
             *   namespaces?: Array.<istio.security.StringMatch.$Shape>|null;
             *   notNamespaces?: Array.<istio.security.StringMatch.$Shape>|null;
             *   principals?: Array.<istio.security.StringMatch.$Shape>|null;
             *   notPrincipals?: Array.<istio.security.StringMatch.$Shape>|null;
             *   sourceIps?: Array.<istio.security.Address.$Shape>|null;
             *   notSourceIps?: Array.<istio.security.Address.$Shape>|null;
             *   destinationIps?: Array.<istio.security.Address.$Shape>|null;
             *   notDestinationIps?: Array.<istio.security.Address.$Shape>|null;
             *   destinationPorts?: Array.<number>|null;
             *   notDestinationPorts?: Array.<number>|null;
             *   serviceAccounts?: Array.<istio.security.ServiceAccountMatch.$Shape>|null;
             *   notServiceAccounts?: Array.<istio.security.ServiceAccountMatch.$Shape>|null;
             *   extensions?: Array.<istio.workload.Extension.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} istio.security.Match.$Shape
             */

            /**
             * Constructs a new Match.
             * @memberof istio.security
             * @classdesc Represents a Match.
             * @constructor
             * @param {istio.security.Match.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Match = function (properties) {
                this.namespaces = [];
                this.notNamespaces = [];
                this.principals = [];
                this.notPrincipals = [];
                this.sourceIps = [];
                this.notSourceIps = [];
                this.destinationIps = [];
                this.notDestinationIps = [];
                this.destinationPorts = [];
                this.notDestinationPorts = [];
                this.serviceAccounts = [];
                this.notServiceAccounts = [];
                this.extensions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Match namespaces.
             * @member {Array.<istio.security.StringMatch.$Properties>} namespaces
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.namespaces = $util.emptyArray;

            /**
             * Match notNamespaces.
             * @member {Array.<istio.security.StringMatch.$Properties>} notNamespaces
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.notNamespaces = $util.emptyArray;

            /**
             * Match principals.
             * @member {Array.<istio.security.StringMatch.$Properties>} principals
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.principals = $util.emptyArray;

            /**
             * Match notPrincipals.
             * @member {Array.<istio.security.StringMatch.$Properties>} notPrincipals
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.notPrincipals = $util.emptyArray;

            /**
             * Match sourceIps.
             * @member {Array.<istio.security.Address.$Properties>} sourceIps
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.sourceIps = $util.emptyArray;

            /**
             * Match notSourceIps.
             * @member {Array.<istio.security.Address.$Properties>} notSourceIps
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.notSourceIps = $util.emptyArray;

            /**
             * Match destinationIps.
             * @member {Array.<istio.security.Address.$Properties>} destinationIps
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.destinationIps = $util.emptyArray;

            /**
             * Match notDestinationIps.
             * @member {Array.<istio.security.Address.$Properties>} notDestinationIps
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.notDestinationIps = $util.emptyArray;

            /**
             * Match destinationPorts.
             * @member {Array.<number>} destinationPorts
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.destinationPorts = $util.emptyArray;

            /**
             * Match notDestinationPorts.
             * @member {Array.<number>} notDestinationPorts
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.notDestinationPorts = $util.emptyArray;

            /**
             * Match serviceAccounts.
             * @member {Array.<istio.security.ServiceAccountMatch.$Properties>} serviceAccounts
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.serviceAccounts = $util.emptyArray;

            /**
             * Match notServiceAccounts.
             * @member {Array.<istio.security.ServiceAccountMatch.$Properties>} notServiceAccounts
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.notServiceAccounts = $util.emptyArray;

            /**
             * Match extensions.
             * @member {Array.<istio.workload.Extension.$Properties>} extensions
             * @memberof istio.security.Match
             * @instance
             */
            Match.prototype.extensions = $util.emptyArray;

            /**
             * Creates a new Match instance using the specified properties.
             * @function create
             * @memberof istio.security.Match
             * @static
             * @param {istio.security.Match.$Properties=} [properties] Properties to set
             * @returns {istio.security.Match} Match instance
             * @type {{
             *   (properties: istio.security.Match.$Shape): istio.security.Match & istio.security.Match.$Shape;
             *   (properties?: istio.security.Match.$Properties): istio.security.Match;
             * }}
             */
            Match.create = function(properties) {
                return new Match(properties);
            };

            /**
             * Encodes the specified Match message. Does not implicitly {@link istio.security.Match.verify|verify} messages.
             * @function encode
             * @memberof istio.security.Match
             * @static
             * @param {istio.security.Match.$Properties} message Match message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Match.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespaces != null && message.namespaces.length)
                    for (let i = 0; i < message.namespaces.length; ++i)
                        $root.istio.security.StringMatch.encode(message.namespaces[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.notNamespaces != null && message.notNamespaces.length)
                    for (let i = 0; i < message.notNamespaces.length; ++i)
                        $root.istio.security.StringMatch.encode(message.notNamespaces[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.principals != null && message.principals.length)
                    for (let i = 0; i < message.principals.length; ++i)
                        $root.istio.security.StringMatch.encode(message.principals[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.notPrincipals != null && message.notPrincipals.length)
                    for (let i = 0; i < message.notPrincipals.length; ++i)
                        $root.istio.security.StringMatch.encode(message.notPrincipals[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sourceIps != null && message.sourceIps.length)
                    for (let i = 0; i < message.sourceIps.length; ++i)
                        $root.istio.security.Address.encode(message.sourceIps[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.notSourceIps != null && message.notSourceIps.length)
                    for (let i = 0; i < message.notSourceIps.length; ++i)
                        $root.istio.security.Address.encode(message.notSourceIps[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.destinationIps != null && message.destinationIps.length)
                    for (let i = 0; i < message.destinationIps.length; ++i)
                        $root.istio.security.Address.encode(message.destinationIps[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.notDestinationIps != null && message.notDestinationIps.length)
                    for (let i = 0; i < message.notDestinationIps.length; ++i)
                        $root.istio.security.Address.encode(message.notDestinationIps[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.destinationPorts != null && message.destinationPorts.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).uint32s(message.destinationPorts);
                if (message.notDestinationPorts != null && message.notDestinationPorts.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).uint32s(message.notDestinationPorts);
                if (message.serviceAccounts != null && message.serviceAccounts.length)
                    for (let i = 0; i < message.serviceAccounts.length; ++i)
                        $root.istio.security.ServiceAccountMatch.encode(message.serviceAccounts[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.notServiceAccounts != null && message.notServiceAccounts.length)
                    for (let i = 0; i < message.notServiceAccounts.length; ++i)
                        $root.istio.security.ServiceAccountMatch.encode(message.notServiceAccounts[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.extensions != null && message.extensions.length)
                    for (let i = 0; i < message.extensions.length; ++i)
                        $root.istio.workload.Extension.encode(message.extensions[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Match message, length delimited. Does not implicitly {@link istio.security.Match.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.security.Match
             * @static
             * @param {istio.security.Match.$Properties} message Match message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Match.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Match message from the specified reader or buffer.
             * @function decode
             * @memberof istio.security.Match
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.security.Match & istio.security.Match.$Shape} Match
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Match.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.security.Match();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.namespaces && message.namespaces.length))
                                message.namespaces = [];
                            message.namespaces.push($root.istio.security.StringMatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notNamespaces && message.notNamespaces.length))
                                message.notNamespaces = [];
                            message.notNamespaces.push($root.istio.security.StringMatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.principals && message.principals.length))
                                message.principals = [];
                            message.principals.push($root.istio.security.StringMatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notPrincipals && message.notPrincipals.length))
                                message.notPrincipals = [];
                            message.notPrincipals.push($root.istio.security.StringMatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sourceIps && message.sourceIps.length))
                                message.sourceIps = [];
                            message.sourceIps.push($root.istio.security.Address.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notSourceIps && message.notSourceIps.length))
                                message.notSourceIps = [];
                            message.notSourceIps.push($root.istio.security.Address.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.destinationIps && message.destinationIps.length))
                                message.destinationIps = [];
                            message.destinationIps.push($root.istio.security.Address.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notDestinationIps && message.notDestinationIps.length))
                                message.notDestinationIps = [];
                            message.notDestinationIps.push($root.istio.security.Address.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.destinationPorts && message.destinationPorts.length))
                                    message.destinationPorts = [];
                                reader.uint32s(message.destinationPorts);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.destinationPorts && message.destinationPorts.length))
                                message.destinationPorts = [];
                            message.destinationPorts.push(reader.uint32());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.notDestinationPorts && message.notDestinationPorts.length))
                                    message.notDestinationPorts = [];
                                reader.uint32s(message.notDestinationPorts);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.notDestinationPorts && message.notDestinationPorts.length))
                                message.notDestinationPorts = [];
                            message.notDestinationPorts.push(reader.uint32());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.serviceAccounts && message.serviceAccounts.length))
                                message.serviceAccounts = [];
                            message.serviceAccounts.push($root.istio.security.ServiceAccountMatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notServiceAccounts && message.notServiceAccounts.length))
                                message.notServiceAccounts = [];
                            message.notServiceAccounts.push($root.istio.security.ServiceAccountMatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extensions && message.extensions.length))
                                message.extensions = [];
                            message.extensions.push($root.istio.workload.Extension.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Match message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.security.Match
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.security.Match & istio.security.Match.$Shape} Match
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Match.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Match message.
             * @function verify
             * @memberof istio.security.Match
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Match.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespaces != null && $Object.hasOwnProperty.call(message, "namespaces")) {
                    if (!$Array.isArray(message.namespaces))
                        return "namespaces: array expected";
                    for (let i = 0; i < message.namespaces.length; ++i) {
                        let error = $root.istio.security.StringMatch.verify(message.namespaces[i], _depth + 1);
                        if (error)
                            return "namespaces." + error;
                    }
                }
                if (message.notNamespaces != null && $Object.hasOwnProperty.call(message, "notNamespaces")) {
                    if (!$Array.isArray(message.notNamespaces))
                        return "notNamespaces: array expected";
                    for (let i = 0; i < message.notNamespaces.length; ++i) {
                        let error = $root.istio.security.StringMatch.verify(message.notNamespaces[i], _depth + 1);
                        if (error)
                            return "notNamespaces." + error;
                    }
                }
                if (message.principals != null && $Object.hasOwnProperty.call(message, "principals")) {
                    if (!$Array.isArray(message.principals))
                        return "principals: array expected";
                    for (let i = 0; i < message.principals.length; ++i) {
                        let error = $root.istio.security.StringMatch.verify(message.principals[i], _depth + 1);
                        if (error)
                            return "principals." + error;
                    }
                }
                if (message.notPrincipals != null && $Object.hasOwnProperty.call(message, "notPrincipals")) {
                    if (!$Array.isArray(message.notPrincipals))
                        return "notPrincipals: array expected";
                    for (let i = 0; i < message.notPrincipals.length; ++i) {
                        let error = $root.istio.security.StringMatch.verify(message.notPrincipals[i], _depth + 1);
                        if (error)
                            return "notPrincipals." + error;
                    }
                }
                if (message.sourceIps != null && $Object.hasOwnProperty.call(message, "sourceIps")) {
                    if (!$Array.isArray(message.sourceIps))
                        return "sourceIps: array expected";
                    for (let i = 0; i < message.sourceIps.length; ++i) {
                        let error = $root.istio.security.Address.verify(message.sourceIps[i], _depth + 1);
                        if (error)
                            return "sourceIps." + error;
                    }
                }
                if (message.notSourceIps != null && $Object.hasOwnProperty.call(message, "notSourceIps")) {
                    if (!$Array.isArray(message.notSourceIps))
                        return "notSourceIps: array expected";
                    for (let i = 0; i < message.notSourceIps.length; ++i) {
                        let error = $root.istio.security.Address.verify(message.notSourceIps[i], _depth + 1);
                        if (error)
                            return "notSourceIps." + error;
                    }
                }
                if (message.destinationIps != null && $Object.hasOwnProperty.call(message, "destinationIps")) {
                    if (!$Array.isArray(message.destinationIps))
                        return "destinationIps: array expected";
                    for (let i = 0; i < message.destinationIps.length; ++i) {
                        let error = $root.istio.security.Address.verify(message.destinationIps[i], _depth + 1);
                        if (error)
                            return "destinationIps." + error;
                    }
                }
                if (message.notDestinationIps != null && $Object.hasOwnProperty.call(message, "notDestinationIps")) {
                    if (!$Array.isArray(message.notDestinationIps))
                        return "notDestinationIps: array expected";
                    for (let i = 0; i < message.notDestinationIps.length; ++i) {
                        let error = $root.istio.security.Address.verify(message.notDestinationIps[i], _depth + 1);
                        if (error)
                            return "notDestinationIps." + error;
                    }
                }
                if (message.destinationPorts != null && $Object.hasOwnProperty.call(message, "destinationPorts")) {
                    if (!$Array.isArray(message.destinationPorts))
                        return "destinationPorts: array expected";
                    for (let i = 0; i < message.destinationPorts.length; ++i)
                        if (!$util.isInteger(message.destinationPorts[i]))
                            return "destinationPorts: integer[] expected";
                }
                if (message.notDestinationPorts != null && $Object.hasOwnProperty.call(message, "notDestinationPorts")) {
                    if (!$Array.isArray(message.notDestinationPorts))
                        return "notDestinationPorts: array expected";
                    for (let i = 0; i < message.notDestinationPorts.length; ++i)
                        if (!$util.isInteger(message.notDestinationPorts[i]))
                            return "notDestinationPorts: integer[] expected";
                }
                if (message.serviceAccounts != null && $Object.hasOwnProperty.call(message, "serviceAccounts")) {
                    if (!$Array.isArray(message.serviceAccounts))
                        return "serviceAccounts: array expected";
                    for (let i = 0; i < message.serviceAccounts.length; ++i) {
                        let error = $root.istio.security.ServiceAccountMatch.verify(message.serviceAccounts[i], _depth + 1);
                        if (error)
                            return "serviceAccounts." + error;
                    }
                }
                if (message.notServiceAccounts != null && $Object.hasOwnProperty.call(message, "notServiceAccounts")) {
                    if (!$Array.isArray(message.notServiceAccounts))
                        return "notServiceAccounts: array expected";
                    for (let i = 0; i < message.notServiceAccounts.length; ++i) {
                        let error = $root.istio.security.ServiceAccountMatch.verify(message.notServiceAccounts[i], _depth + 1);
                        if (error)
                            return "notServiceAccounts." + error;
                    }
                }
                if (message.extensions != null && $Object.hasOwnProperty.call(message, "extensions")) {
                    if (!$Array.isArray(message.extensions))
                        return "extensions: array expected";
                    for (let i = 0; i < message.extensions.length; ++i) {
                        let error = $root.istio.workload.Extension.verify(message.extensions[i], _depth + 1);
                        if (error)
                            return "extensions." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Match message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.security.Match
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.security.Match} Match
             */
            Match.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.security.Match)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.security.Match: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.security.Match();
                if (object.namespaces) {
                    if (!$Array.isArray(object.namespaces))
                        throw $TypeError(".istio.security.Match.namespaces: array expected");
                    message.namespaces = $Array(object.namespaces.length);
                    for (let i = 0; i < object.namespaces.length; ++i) {
                        if (!$util.isObject(object.namespaces[i]))
                            throw $TypeError(".istio.security.Match.namespaces: object expected");
                        message.namespaces[i] = $root.istio.security.StringMatch.fromObject(object.namespaces[i], _depth + 1);
                    }
                }
                if (object.notNamespaces) {
                    if (!$Array.isArray(object.notNamespaces))
                        throw $TypeError(".istio.security.Match.notNamespaces: array expected");
                    message.notNamespaces = $Array(object.notNamespaces.length);
                    for (let i = 0; i < object.notNamespaces.length; ++i) {
                        if (!$util.isObject(object.notNamespaces[i]))
                            throw $TypeError(".istio.security.Match.notNamespaces: object expected");
                        message.notNamespaces[i] = $root.istio.security.StringMatch.fromObject(object.notNamespaces[i], _depth + 1);
                    }
                }
                if (object.principals) {
                    if (!$Array.isArray(object.principals))
                        throw $TypeError(".istio.security.Match.principals: array expected");
                    message.principals = $Array(object.principals.length);
                    for (let i = 0; i < object.principals.length; ++i) {
                        if (!$util.isObject(object.principals[i]))
                            throw $TypeError(".istio.security.Match.principals: object expected");
                        message.principals[i] = $root.istio.security.StringMatch.fromObject(object.principals[i], _depth + 1);
                    }
                }
                if (object.notPrincipals) {
                    if (!$Array.isArray(object.notPrincipals))
                        throw $TypeError(".istio.security.Match.notPrincipals: array expected");
                    message.notPrincipals = $Array(object.notPrincipals.length);
                    for (let i = 0; i < object.notPrincipals.length; ++i) {
                        if (!$util.isObject(object.notPrincipals[i]))
                            throw $TypeError(".istio.security.Match.notPrincipals: object expected");
                        message.notPrincipals[i] = $root.istio.security.StringMatch.fromObject(object.notPrincipals[i], _depth + 1);
                    }
                }
                if (object.sourceIps) {
                    if (!$Array.isArray(object.sourceIps))
                        throw $TypeError(".istio.security.Match.sourceIps: array expected");
                    message.sourceIps = $Array(object.sourceIps.length);
                    for (let i = 0; i < object.sourceIps.length; ++i) {
                        if (!$util.isObject(object.sourceIps[i]))
                            throw $TypeError(".istio.security.Match.sourceIps: object expected");
                        message.sourceIps[i] = $root.istio.security.Address.fromObject(object.sourceIps[i], _depth + 1);
                    }
                }
                if (object.notSourceIps) {
                    if (!$Array.isArray(object.notSourceIps))
                        throw $TypeError(".istio.security.Match.notSourceIps: array expected");
                    message.notSourceIps = $Array(object.notSourceIps.length);
                    for (let i = 0; i < object.notSourceIps.length; ++i) {
                        if (!$util.isObject(object.notSourceIps[i]))
                            throw $TypeError(".istio.security.Match.notSourceIps: object expected");
                        message.notSourceIps[i] = $root.istio.security.Address.fromObject(object.notSourceIps[i], _depth + 1);
                    }
                }
                if (object.destinationIps) {
                    if (!$Array.isArray(object.destinationIps))
                        throw $TypeError(".istio.security.Match.destinationIps: array expected");
                    message.destinationIps = $Array(object.destinationIps.length);
                    for (let i = 0; i < object.destinationIps.length; ++i) {
                        if (!$util.isObject(object.destinationIps[i]))
                            throw $TypeError(".istio.security.Match.destinationIps: object expected");
                        message.destinationIps[i] = $root.istio.security.Address.fromObject(object.destinationIps[i], _depth + 1);
                    }
                }
                if (object.notDestinationIps) {
                    if (!$Array.isArray(object.notDestinationIps))
                        throw $TypeError(".istio.security.Match.notDestinationIps: array expected");
                    message.notDestinationIps = $Array(object.notDestinationIps.length);
                    for (let i = 0; i < object.notDestinationIps.length; ++i) {
                        if (!$util.isObject(object.notDestinationIps[i]))
                            throw $TypeError(".istio.security.Match.notDestinationIps: object expected");
                        message.notDestinationIps[i] = $root.istio.security.Address.fromObject(object.notDestinationIps[i], _depth + 1);
                    }
                }
                if (object.destinationPorts) {
                    if (!$Array.isArray(object.destinationPorts))
                        throw $TypeError(".istio.security.Match.destinationPorts: array expected");
                    message.destinationPorts = $Array(object.destinationPorts.length);
                    for (let i = 0; i < object.destinationPorts.length; ++i)
                        message.destinationPorts[i] = object.destinationPorts[i] >>> 0;
                }
                if (object.notDestinationPorts) {
                    if (!$Array.isArray(object.notDestinationPorts))
                        throw $TypeError(".istio.security.Match.notDestinationPorts: array expected");
                    message.notDestinationPorts = $Array(object.notDestinationPorts.length);
                    for (let i = 0; i < object.notDestinationPorts.length; ++i)
                        message.notDestinationPorts[i] = object.notDestinationPorts[i] >>> 0;
                }
                if (object.serviceAccounts) {
                    if (!$Array.isArray(object.serviceAccounts))
                        throw $TypeError(".istio.security.Match.serviceAccounts: array expected");
                    message.serviceAccounts = $Array(object.serviceAccounts.length);
                    for (let i = 0; i < object.serviceAccounts.length; ++i) {
                        if (!$util.isObject(object.serviceAccounts[i]))
                            throw $TypeError(".istio.security.Match.serviceAccounts: object expected");
                        message.serviceAccounts[i] = $root.istio.security.ServiceAccountMatch.fromObject(object.serviceAccounts[i], _depth + 1);
                    }
                }
                if (object.notServiceAccounts) {
                    if (!$Array.isArray(object.notServiceAccounts))
                        throw $TypeError(".istio.security.Match.notServiceAccounts: array expected");
                    message.notServiceAccounts = $Array(object.notServiceAccounts.length);
                    for (let i = 0; i < object.notServiceAccounts.length; ++i) {
                        if (!$util.isObject(object.notServiceAccounts[i]))
                            throw $TypeError(".istio.security.Match.notServiceAccounts: object expected");
                        message.notServiceAccounts[i] = $root.istio.security.ServiceAccountMatch.fromObject(object.notServiceAccounts[i], _depth + 1);
                    }
                }
                if (object.extensions) {
                    if (!$Array.isArray(object.extensions))
                        throw $TypeError(".istio.security.Match.extensions: array expected");
                    message.extensions = $Array(object.extensions.length);
                    for (let i = 0; i < object.extensions.length; ++i) {
                        if (!$util.isObject(object.extensions[i]))
                            throw $TypeError(".istio.security.Match.extensions: object expected");
                        message.extensions[i] = $root.istio.workload.Extension.fromObject(object.extensions[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Match message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.security.Match
             * @static
             * @param {istio.security.Match} message Match
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Match.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.namespaces = [];
                    object.notNamespaces = [];
                    object.principals = [];
                    object.notPrincipals = [];
                    object.sourceIps = [];
                    object.notSourceIps = [];
                    object.destinationIps = [];
                    object.notDestinationIps = [];
                    object.destinationPorts = [];
                    object.notDestinationPorts = [];
                    object.serviceAccounts = [];
                    object.notServiceAccounts = [];
                    object.extensions = [];
                }
                if (message.namespaces && message.namespaces.length) {
                    object.namespaces = $Array(message.namespaces.length);
                    for (let j = 0; j < message.namespaces.length; ++j)
                        object.namespaces[j] = $root.istio.security.StringMatch.toObject(message.namespaces[j], options, _depth + 1);
                }
                if (message.notNamespaces && message.notNamespaces.length) {
                    object.notNamespaces = $Array(message.notNamespaces.length);
                    for (let j = 0; j < message.notNamespaces.length; ++j)
                        object.notNamespaces[j] = $root.istio.security.StringMatch.toObject(message.notNamespaces[j], options, _depth + 1);
                }
                if (message.principals && message.principals.length) {
                    object.principals = $Array(message.principals.length);
                    for (let j = 0; j < message.principals.length; ++j)
                        object.principals[j] = $root.istio.security.StringMatch.toObject(message.principals[j], options, _depth + 1);
                }
                if (message.notPrincipals && message.notPrincipals.length) {
                    object.notPrincipals = $Array(message.notPrincipals.length);
                    for (let j = 0; j < message.notPrincipals.length; ++j)
                        object.notPrincipals[j] = $root.istio.security.StringMatch.toObject(message.notPrincipals[j], options, _depth + 1);
                }
                if (message.sourceIps && message.sourceIps.length) {
                    object.sourceIps = $Array(message.sourceIps.length);
                    for (let j = 0; j < message.sourceIps.length; ++j)
                        object.sourceIps[j] = $root.istio.security.Address.toObject(message.sourceIps[j], options, _depth + 1);
                }
                if (message.notSourceIps && message.notSourceIps.length) {
                    object.notSourceIps = $Array(message.notSourceIps.length);
                    for (let j = 0; j < message.notSourceIps.length; ++j)
                        object.notSourceIps[j] = $root.istio.security.Address.toObject(message.notSourceIps[j], options, _depth + 1);
                }
                if (message.destinationIps && message.destinationIps.length) {
                    object.destinationIps = $Array(message.destinationIps.length);
                    for (let j = 0; j < message.destinationIps.length; ++j)
                        object.destinationIps[j] = $root.istio.security.Address.toObject(message.destinationIps[j], options, _depth + 1);
                }
                if (message.notDestinationIps && message.notDestinationIps.length) {
                    object.notDestinationIps = $Array(message.notDestinationIps.length);
                    for (let j = 0; j < message.notDestinationIps.length; ++j)
                        object.notDestinationIps[j] = $root.istio.security.Address.toObject(message.notDestinationIps[j], options, _depth + 1);
                }
                if (message.destinationPorts && message.destinationPorts.length) {
                    object.destinationPorts = $Array(message.destinationPorts.length);
                    for (let j = 0; j < message.destinationPorts.length; ++j)
                        object.destinationPorts[j] = message.destinationPorts[j];
                }
                if (message.notDestinationPorts && message.notDestinationPorts.length) {
                    object.notDestinationPorts = $Array(message.notDestinationPorts.length);
                    for (let j = 0; j < message.notDestinationPorts.length; ++j)
                        object.notDestinationPorts[j] = message.notDestinationPorts[j];
                }
                if (message.serviceAccounts && message.serviceAccounts.length) {
                    object.serviceAccounts = $Array(message.serviceAccounts.length);
                    for (let j = 0; j < message.serviceAccounts.length; ++j)
                        object.serviceAccounts[j] = $root.istio.security.ServiceAccountMatch.toObject(message.serviceAccounts[j], options, _depth + 1);
                }
                if (message.notServiceAccounts && message.notServiceAccounts.length) {
                    object.notServiceAccounts = $Array(message.notServiceAccounts.length);
                    for (let j = 0; j < message.notServiceAccounts.length; ++j)
                        object.notServiceAccounts[j] = $root.istio.security.ServiceAccountMatch.toObject(message.notServiceAccounts[j], options, _depth + 1);
                }
                if (message.extensions && message.extensions.length) {
                    object.extensions = $Array(message.extensions.length);
                    for (let j = 0; j < message.extensions.length; ++j)
                        object.extensions[j] = $root.istio.workload.Extension.toObject(message.extensions[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Match to JSON.
             * @function toJSON
             * @memberof istio.security.Match
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Match.prototype.toJSON = function() {
                return Match.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Match
             * @function getTypeUrl
             * @memberof istio.security.Match
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Match.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.security.Match";
            };

            return Match;
        })();

        security.Address = (function() {

            /**
             * Properties of an Address.
             * @typedef {Object} istio.security.Address.$Properties
             * @property {Uint8Array|null} [address] Address address
             * @property {number|null} [length] Address length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Address.
             * @memberof istio.security
             * @interface IAddress
             * @augments istio.security.Address.$Properties
             * @deprecated Use istio.security.Address.$Properties instead.
             */

            /**
             * Shape of an Address.
             * @typedef {istio.security.Address.$Properties} istio.security.Address.$Shape
             */

            /**
             * Constructs a new Address.
             * @memberof istio.security
             * @classdesc Represents an Address.
             * @constructor
             * @param {istio.security.Address.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Address address.
             * @member {Uint8Array} address
             * @memberof istio.security.Address
             * @instance
             */
            Address.prototype.address = $util.newBuffer([]);

            /**
             * Address length.
             * @member {number} length
             * @memberof istio.security.Address
             * @instance
             */
            Address.prototype.length = 0;

            /**
             * Creates a new Address instance using the specified properties.
             * @function create
             * @memberof istio.security.Address
             * @static
             * @param {istio.security.Address.$Properties=} [properties] Properties to set
             * @returns {istio.security.Address} Address instance
             * @type {{
             *   (properties: istio.security.Address.$Shape): istio.security.Address & istio.security.Address.$Shape;
             *   (properties?: istio.security.Address.$Properties): istio.security.Address;
             * }}
             */
            Address.create = function(properties) {
                return new Address(properties);
            };

            /**
             * Encodes the specified Address message. Does not implicitly {@link istio.security.Address.verify|verify} messages.
             * @function encode
             * @memberof istio.security.Address
             * @static
             * @param {istio.security.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.address);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.length);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Address message, length delimited. Does not implicitly {@link istio.security.Address.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.security.Address
             * @static
             * @param {istio.security.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @function decode
             * @memberof istio.security.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.security.Address & istio.security.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.security.Address();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Address message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.security.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.security.Address & istio.security.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Address message.
             * @function verify
             * @memberof istio.security.Address
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Address.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!(message.address && typeof message.address.length === "number" || $util.isString(message.address)))
                        return "address: buffer expected";
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    if (!$util.isInteger(message.length))
                        return "length: integer expected";
                return null;
            };

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.security.Address
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.security.Address} Address
             */
            Address.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.security.Address)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.security.Address: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.security.Address();
                if (object.address != null)
                    if (object.address.length)
                        if (typeof object.address === "string")
                            $util.base64.decode(object.address, message.address = $util.newBuffer($util.base64.length(object.address)), 0);
                        else if (object.address.length >= 0)
                            message.address = object.address;
                if (object.length != null)
                    if ($Number(object.length) !== 0)
                        message.length = object.length >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.security.Address
             * @static
             * @param {istio.security.Address} message Address
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Address.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.address = "";
                    else {
                        object.address = [];
                        if (options.bytes !== $Array)
                            object.address = $util.newBuffer(object.address);
                    }
                    object.length = 0;
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = options.bytes === $String ? $util.base64.encode(message.address, 0, message.address.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.address) : message.address;
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                return object;
            };

            /**
             * Converts this Address to JSON.
             * @function toJSON
             * @memberof istio.security.Address
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Address.prototype.toJSON = function() {
                return Address.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Address
             * @function getTypeUrl
             * @memberof istio.security.Address
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Address.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.security.Address";
            };

            return Address;
        })();

        security.ServiceAccountMatch = (function() {

            /**
             * Properties of a ServiceAccountMatch.
             * @typedef {Object} istio.security.ServiceAccountMatch.$Properties
             * @property {string|null} [namespace] ServiceAccountMatch namespace
             * @property {string|null} [serviceAccount] ServiceAccountMatch serviceAccount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServiceAccountMatch.
             * @memberof istio.security
             * @interface IServiceAccountMatch
             * @augments istio.security.ServiceAccountMatch.$Properties
             * @deprecated Use istio.security.ServiceAccountMatch.$Properties instead.
             */

            /**
             * Shape of a ServiceAccountMatch.
             * @typedef {istio.security.ServiceAccountMatch.$Properties} istio.security.ServiceAccountMatch.$Shape
             */

            /**
             * Constructs a new ServiceAccountMatch.
             * @memberof istio.security
             * @classdesc Represents a ServiceAccountMatch.
             * @constructor
             * @param {istio.security.ServiceAccountMatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServiceAccountMatch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServiceAccountMatch namespace.
             * @member {string} namespace
             * @memberof istio.security.ServiceAccountMatch
             * @instance
             */
            ServiceAccountMatch.prototype.namespace = "";

            /**
             * ServiceAccountMatch serviceAccount.
             * @member {string} serviceAccount
             * @memberof istio.security.ServiceAccountMatch
             * @instance
             */
            ServiceAccountMatch.prototype.serviceAccount = "";

            /**
             * Creates a new ServiceAccountMatch instance using the specified properties.
             * @function create
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {istio.security.ServiceAccountMatch.$Properties=} [properties] Properties to set
             * @returns {istio.security.ServiceAccountMatch} ServiceAccountMatch instance
             * @type {{
             *   (properties: istio.security.ServiceAccountMatch.$Shape): istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape;
             *   (properties?: istio.security.ServiceAccountMatch.$Properties): istio.security.ServiceAccountMatch;
             * }}
             */
            ServiceAccountMatch.create = function(properties) {
                return new ServiceAccountMatch(properties);
            };

            /**
             * Encodes the specified ServiceAccountMatch message. Does not implicitly {@link istio.security.ServiceAccountMatch.verify|verify} messages.
             * @function encode
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {istio.security.ServiceAccountMatch.$Properties} message ServiceAccountMatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceAccountMatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount") && message.serviceAccount !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.serviceAccount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ServiceAccountMatch message, length delimited. Does not implicitly {@link istio.security.ServiceAccountMatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {istio.security.ServiceAccountMatch.$Properties} message ServiceAccountMatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceAccountMatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServiceAccountMatch message from the specified reader or buffer.
             * @function decode
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape} ServiceAccountMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceAccountMatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.security.ServiceAccountMatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceAccount = value;
                            else
                                delete message.serviceAccount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ServiceAccountMatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.security.ServiceAccountMatch & istio.security.ServiceAccountMatch.$Shape} ServiceAccountMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceAccountMatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServiceAccountMatch message.
             * @function verify
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServiceAccountMatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount"))
                    if (!$util.isString(message.serviceAccount))
                        return "serviceAccount: string expected";
                return null;
            };

            /**
             * Creates a ServiceAccountMatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.security.ServiceAccountMatch} ServiceAccountMatch
             */
            ServiceAccountMatch.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.security.ServiceAccountMatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.security.ServiceAccountMatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.security.ServiceAccountMatch();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.serviceAccount != null)
                    if (typeof object.serviceAccount !== "string" || object.serviceAccount.length)
                        message.serviceAccount = $String(object.serviceAccount);
                return message;
            };

            /**
             * Creates a plain object from a ServiceAccountMatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {istio.security.ServiceAccountMatch} message ServiceAccountMatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServiceAccountMatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.serviceAccount = "";
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount"))
                    object.serviceAccount = message.serviceAccount;
                return object;
            };

            /**
             * Converts this ServiceAccountMatch to JSON.
             * @function toJSON
             * @memberof istio.security.ServiceAccountMatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServiceAccountMatch.prototype.toJSON = function() {
                return ServiceAccountMatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServiceAccountMatch
             * @function getTypeUrl
             * @memberof istio.security.ServiceAccountMatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServiceAccountMatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.security.ServiceAccountMatch";
            };

            return ServiceAccountMatch;
        })();

        security.StringMatch = (function() {

            /**
             * Properties of a StringMatch.
             * @typedef {Object} istio.security.StringMatch.$Properties
             * @property {string|null} [exact] StringMatch exact
             * @property {string|null} [prefix] StringMatch prefix
             * @property {string|null} [suffix] StringMatch suffix
             * @property {google.protobuf.Empty.$Properties|null} [presence] StringMatch presence
             * @property {"exact"|"prefix"|"suffix"|"presence"} [matchType] StringMatch matchType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringMatch.
             * @memberof istio.security
             * @interface IStringMatch
             * @augments istio.security.StringMatch.$Properties
             * @deprecated Use istio.security.StringMatch.$Properties instead.
             */

            /**
             * Narrowed shape of a StringMatch.
             * @typedef {{
             *   exact?: string|null;
             *   prefix?: string|null;
             *   suffix?: string|null;
             *   presence?: google.protobuf.Empty.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ matchType?: undefined; exact?: null; prefix?: null; suffix?: null; presence?: null }|{ matchType?: "exact"; exact: string; prefix?: null; suffix?: null; presence?: null }|{ matchType?: "prefix"; exact?: null; prefix: string; suffix?: null; presence?: null }|{ matchType?: "suffix"; exact?: null; prefix?: null; suffix: string; presence?: null }|{ matchType?: "presence"; exact?: null; prefix?: null; suffix?: null; presence: google.protobuf.Empty.$Shape })
             * )} istio.security.StringMatch.$Shape
             */

            /**
             * Constructs a new StringMatch.
             * @memberof istio.security
             * @classdesc Represents a StringMatch.
             * @constructor
             * @param {istio.security.StringMatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringMatch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StringMatch exact.
             * @member {string|null|undefined} exact
             * @memberof istio.security.StringMatch
             * @instance
             */
            StringMatch.prototype.exact = null;

            /**
             * StringMatch prefix.
             * @member {string|null|undefined} prefix
             * @memberof istio.security.StringMatch
             * @instance
             */
            StringMatch.prototype.prefix = null;

            /**
             * StringMatch suffix.
             * @member {string|null|undefined} suffix
             * @memberof istio.security.StringMatch
             * @instance
             */
            StringMatch.prototype.suffix = null;

            /**
             * StringMatch presence.
             * @member {google.protobuf.Empty.$Properties|null|undefined} presence
             * @memberof istio.security.StringMatch
             * @instance
             */
            StringMatch.prototype.presence = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * StringMatch matchType.
             * @member {"exact"|"prefix"|"suffix"|"presence"|undefined} matchType
             * @memberof istio.security.StringMatch
             * @instance
             */
            $Object.defineProperty(StringMatch.prototype, "matchType", {
                get: $util.oneOfGetter($oneOfFields = ["exact", "prefix", "suffix", "presence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new StringMatch instance using the specified properties.
             * @function create
             * @memberof istio.security.StringMatch
             * @static
             * @param {istio.security.StringMatch.$Properties=} [properties] Properties to set
             * @returns {istio.security.StringMatch} StringMatch instance
             * @type {{
             *   (properties: istio.security.StringMatch.$Shape): istio.security.StringMatch & istio.security.StringMatch.$Shape;
             *   (properties?: istio.security.StringMatch.$Properties): istio.security.StringMatch;
             * }}
             */
            StringMatch.create = function(properties) {
                return new StringMatch(properties);
            };

            /**
             * Encodes the specified StringMatch message. Does not implicitly {@link istio.security.StringMatch.verify|verify} messages.
             * @function encode
             * @memberof istio.security.StringMatch
             * @static
             * @param {istio.security.StringMatch.$Properties} message StringMatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringMatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exact != null && $Object.hasOwnProperty.call(message, "exact"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.exact);
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.prefix);
                if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.suffix);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.google.protobuf.Empty.encode(message.presence, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StringMatch message, length delimited. Does not implicitly {@link istio.security.StringMatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.security.StringMatch
             * @static
             * @param {istio.security.StringMatch.$Properties} message StringMatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringMatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StringMatch message from the specified reader or buffer.
             * @function decode
             * @memberof istio.security.StringMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.security.StringMatch & istio.security.StringMatch.$Shape} StringMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringMatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.security.StringMatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.exact = reader.stringVerify();
                            message.matchType = "exact";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.prefix = reader.stringVerify();
                            message.matchType = "prefix";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.suffix = reader.stringVerify();
                            message.matchType = "suffix";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.google.protobuf.Empty.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.matchType = "presence";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StringMatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.security.StringMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.security.StringMatch & istio.security.StringMatch.$Shape} StringMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringMatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StringMatch message.
             * @function verify
             * @memberof istio.security.StringMatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StringMatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.exact != null && $Object.hasOwnProperty.call(message, "exact")) {
                    properties.matchType = 1;
                    if (!$util.isString(message.exact))
                        return "exact: string expected";
                }
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix")) {
                    if (properties.matchType === 1)
                        return "matchType: multiple values";
                    properties.matchType = 1;
                    if (!$util.isString(message.prefix))
                        return "prefix: string expected";
                }
                if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix")) {
                    if (properties.matchType === 1)
                        return "matchType: multiple values";
                    properties.matchType = 1;
                    if (!$util.isString(message.suffix))
                        return "suffix: string expected";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    if (properties.matchType === 1)
                        return "matchType: multiple values";
                    properties.matchType = 1;
                    {
                        let error = $root.google.protobuf.Empty.verify(message.presence, _depth + 1);
                        if (error)
                            return "presence." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a StringMatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.security.StringMatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.security.StringMatch} StringMatch
             */
            StringMatch.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.security.StringMatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.security.StringMatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.security.StringMatch();
                if (object.exact != null)
                    message.exact = $String(object.exact);
                if (object.prefix != null)
                    message.prefix = $String(object.prefix);
                if (object.suffix != null)
                    message.suffix = $String(object.suffix);
                if (object.presence != null) {
                    if (!$util.isObject(object.presence))
                        throw $TypeError(".istio.security.StringMatch.presence: object expected");
                    message.presence = $root.google.protobuf.Empty.fromObject(object.presence, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a StringMatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.security.StringMatch
             * @static
             * @param {istio.security.StringMatch} message StringMatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StringMatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.exact != null && $Object.hasOwnProperty.call(message, "exact")) {
                    object.exact = message.exact;
                    if (options.oneofs)
                        object.matchType = "exact";
                }
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix")) {
                    object.prefix = message.prefix;
                    if (options.oneofs)
                        object.matchType = "prefix";
                }
                if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix")) {
                    object.suffix = message.suffix;
                    if (options.oneofs)
                        object.matchType = "suffix";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    object.presence = $root.google.protobuf.Empty.toObject(message.presence, options, _depth + 1);
                    if (options.oneofs)
                        object.matchType = "presence";
                }
                return object;
            };

            /**
             * Converts this StringMatch to JSON.
             * @function toJSON
             * @memberof istio.security.StringMatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StringMatch.prototype.toJSON = function() {
                return StringMatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StringMatch
             * @function getTypeUrl
             * @memberof istio.security.StringMatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringMatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.security.StringMatch";
            };

            return StringMatch;
        })();

        /**
         * Scope enum.
         * @name istio.security.Scope
         * @enum {number}
         * @property {number} GLOBAL=0 GLOBAL value
         * @property {number} NAMESPACE=1 NAMESPACE value
         * @property {number} WORKLOAD_SELECTOR=2 WORKLOAD_SELECTOR value
         */
        security.Scope = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "GLOBAL"] = 0;
            values[valuesById[1] = "NAMESPACE"] = 1;
            values[valuesById[2] = "WORKLOAD_SELECTOR"] = 2;
            return values;
        })();

        /**
         * Action enum.
         * @name istio.security.Action
         * @enum {number}
         * @property {number} ALLOW=0 ALLOW value
         * @property {number} DENY=1 DENY value
         */
        security.Action = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALLOW"] = 0;
            values[valuesById[1] = "DENY"] = 1;
            return values;
        })();

        return security;
    })();

    istio.workload = (function() {

        /**
         * Namespace workload.
         * @memberof istio
         * @namespace
         */
        const workload = {};

        workload.Address = (function() {

            /**
             * Properties of an Address.
             * @typedef {Object} istio.workload.Address.$Properties
             * @property {istio.workload.Workload.$Properties|null} [workload] Address workload
             * @property {istio.workload.Service.$Properties|null} [service] Address service
             * @property {"workload"|"service"} [type] Address type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Address.
             * @memberof istio.workload
             * @interface IAddress
             * @augments istio.workload.Address.$Properties
             * @deprecated Use istio.workload.Address.$Properties instead.
             */

            /**
             * Narrowed shape of an Address.
             * @typedef {{
             *   workload?: istio.workload.Workload.$Shape|null;
             *   service?: istio.workload.Service.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ type?: undefined; workload?: null; service?: null }|{ type?: "workload"; workload: istio.workload.Workload.$Shape; service?: null }|{ type?: "service"; workload?: null; service: istio.workload.Service.$Shape })
             * )} istio.workload.Address.$Shape
             */

            /**
             * Constructs a new Address.
             * @memberof istio.workload
             * @classdesc Represents an Address.
             * @constructor
             * @param {istio.workload.Address.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Address workload.
             * @member {istio.workload.Workload.$Properties|null|undefined} workload
             * @memberof istio.workload.Address
             * @instance
             */
            Address.prototype.workload = null;

            /**
             * Address service.
             * @member {istio.workload.Service.$Properties|null|undefined} service
             * @memberof istio.workload.Address
             * @instance
             */
            Address.prototype.service = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Address type.
             * @member {"workload"|"service"|undefined} type
             * @memberof istio.workload.Address
             * @instance
             */
            $Object.defineProperty(Address.prototype, "type", {
                get: $util.oneOfGetter($oneOfFields = ["workload", "service"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Address instance using the specified properties.
             * @function create
             * @memberof istio.workload.Address
             * @static
             * @param {istio.workload.Address.$Properties=} [properties] Properties to set
             * @returns {istio.workload.Address} Address instance
             * @type {{
             *   (properties: istio.workload.Address.$Shape): istio.workload.Address & istio.workload.Address.$Shape;
             *   (properties?: istio.workload.Address.$Properties): istio.workload.Address;
             * }}
             */
            Address.create = function(properties) {
                return new Address(properties);
            };

            /**
             * Encodes the specified Address message. Does not implicitly {@link istio.workload.Address.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.Address
             * @static
             * @param {istio.workload.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    $root.istio.workload.Workload.encode(message.workload, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                    $root.istio.workload.Service.encode(message.service, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Address message, length delimited. Does not implicitly {@link istio.workload.Address.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.Address
             * @static
             * @param {istio.workload.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.Address & istio.workload.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.Address();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.workload = $root.istio.workload.Workload.decode(reader, reader.size(), $undefined, _depth + 1, message.workload);
                            message.type = "workload";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.service = $root.istio.workload.Service.decode(reader, reader.size(), $undefined, _depth + 1, message.service);
                            message.type = "service";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Address message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.Address & istio.workload.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Address message.
             * @function verify
             * @memberof istio.workload.Address
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Address.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload")) {
                    properties.type = 1;
                    {
                        let error = $root.istio.workload.Workload.verify(message.workload, _depth + 1);
                        if (error)
                            return "workload." + error;
                    }
                }
                if (message.service != null && $Object.hasOwnProperty.call(message, "service")) {
                    if (properties.type === 1)
                        return "type: multiple values";
                    properties.type = 1;
                    {
                        let error = $root.istio.workload.Service.verify(message.service, _depth + 1);
                        if (error)
                            return "service." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.Address
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.Address} Address
             */
            Address.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.Address)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.Address: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.Address();
                if (object.workload != null) {
                    if (!$util.isObject(object.workload))
                        throw $TypeError(".istio.workload.Address.workload: object expected");
                    message.workload = $root.istio.workload.Workload.fromObject(object.workload, _depth + 1);
                }
                if (object.service != null) {
                    if (!$util.isObject(object.service))
                        throw $TypeError(".istio.workload.Address.service: object expected");
                    message.service = $root.istio.workload.Service.fromObject(object.service, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.Address
             * @static
             * @param {istio.workload.Address} message Address
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Address.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload")) {
                    object.workload = $root.istio.workload.Workload.toObject(message.workload, options, _depth + 1);
                    if (options.oneofs)
                        object.type = "workload";
                }
                if (message.service != null && $Object.hasOwnProperty.call(message, "service")) {
                    object.service = $root.istio.workload.Service.toObject(message.service, options, _depth + 1);
                    if (options.oneofs)
                        object.type = "service";
                }
                return object;
            };

            /**
             * Converts this Address to JSON.
             * @function toJSON
             * @memberof istio.workload.Address
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Address.prototype.toJSON = function() {
                return Address.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Address
             * @function getTypeUrl
             * @memberof istio.workload.Address
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Address.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.Address";
            };

            return Address;
        })();

        workload.Service = (function() {

            /**
             * Properties of a Service.
             * @typedef {Object} istio.workload.Service.$Properties
             * @property {string|null} [name] Service name
             * @property {string|null} [namespace] Service namespace
             * @property {string|null} [hostname] Service hostname
             * @property {Array.<istio.workload.NetworkAddress.$Properties>|null} [addresses] Service addresses
             * @property {Array.<istio.workload.Port.$Properties>|null} [ports] Service ports
             * @property {Array.<string>|null} [subjectAltNames] Service subjectAltNames
             * @property {istio.workload.GatewayAddress.$Properties|null} [waypoint] Service waypoint
             * @property {istio.workload.LoadBalancing.$Properties|null} [loadBalancing] Service loadBalancing
             * @property {istio.workload.IPFamilies|null} [ipFamilies] Service ipFamilies
             * @property {Array.<istio.workload.Extension.$Properties>|null} [extensions] Service extensions
             * @property {boolean|null} [canonical] Service canonical
             * @property {boolean|null} [ingressUseWaypoint] Service ingressUseWaypoint
             * @property {Array.<istio.workload.WeightedWaypoint.$Properties>|null} [weightedWaypoints] Service weightedWaypoints
             * @property {istio.workload.Service.Visibility|null} [visibility] Service visibility
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Service.
             * @memberof istio.workload
             * @interface IService
             * @augments istio.workload.Service.$Properties
             * @deprecated Use istio.workload.Service.$Properties instead.
             */

            /**
             * Shape of a Service.
             * @typedef {{
             *   name?: string|null;
             *   namespace?: string|null;
             *   hostname?: string|null;
             *   addresses?: Array.<istio.workload.NetworkAddress.$Shape>|null;
             *   ports?: Array.<istio.workload.Port.$Shape>|null;
             *   subjectAltNames?: Array.<string>|null;
             *   waypoint?: istio.workload.GatewayAddress.$Shape|null;
             *   loadBalancing?: istio.workload.LoadBalancing.$Shape|null;
             *   ipFamilies?: istio.workload.IPFamilies|null;
             *   extensions?: Array.<istio.workload.Extension.$Shape>|null;
             *   canonical?: boolean|null;
             *   ingressUseWaypoint?: boolean|null;
             *   weightedWaypoints?: Array.<istio.workload.WeightedWaypoint.$Shape>|null;
             *   visibility?: istio.workload.Service.Visibility|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} istio.workload.Service.$Shape
             */

            /**
             * Constructs a new Service.
             * @memberof istio.workload
             * @classdesc Represents a Service.
             * @constructor
             * @param {istio.workload.Service.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Service = function (properties) {
                this.addresses = [];
                this.ports = [];
                this.subjectAltNames = [];
                this.extensions = [];
                this.weightedWaypoints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Service name.
             * @member {string} name
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.name = "";

            /**
             * Service namespace.
             * @member {string} namespace
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.namespace = "";

            /**
             * Service hostname.
             * @member {string} hostname
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.hostname = "";

            /**
             * Service addresses.
             * @member {Array.<istio.workload.NetworkAddress.$Properties>} addresses
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.addresses = $util.emptyArray;

            /**
             * Service ports.
             * @member {Array.<istio.workload.Port.$Properties>} ports
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.ports = $util.emptyArray;

            /**
             * Service subjectAltNames.
             * @member {Array.<string>} subjectAltNames
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.subjectAltNames = $util.emptyArray;

            /**
             * Service waypoint.
             * @member {istio.workload.GatewayAddress.$Properties|null|undefined} waypoint
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.waypoint = null;

            /**
             * Service loadBalancing.
             * @member {istio.workload.LoadBalancing.$Properties|null|undefined} loadBalancing
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.loadBalancing = null;

            /**
             * Service ipFamilies.
             * @member {istio.workload.IPFamilies} ipFamilies
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.ipFamilies = 0;

            /**
             * Service extensions.
             * @member {Array.<istio.workload.Extension.$Properties>} extensions
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.extensions = $util.emptyArray;

            /**
             * Service canonical.
             * @member {boolean} canonical
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.canonical = false;

            /**
             * Service ingressUseWaypoint.
             * @member {boolean} ingressUseWaypoint
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.ingressUseWaypoint = false;

            /**
             * Service weightedWaypoints.
             * @member {Array.<istio.workload.WeightedWaypoint.$Properties>} weightedWaypoints
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.weightedWaypoints = $util.emptyArray;

            /**
             * Service visibility.
             * @member {istio.workload.Service.Visibility} visibility
             * @memberof istio.workload.Service
             * @instance
             */
            Service.prototype.visibility = 0;

            /**
             * Creates a new Service instance using the specified properties.
             * @function create
             * @memberof istio.workload.Service
             * @static
             * @param {istio.workload.Service.$Properties=} [properties] Properties to set
             * @returns {istio.workload.Service} Service instance
             * @type {{
             *   (properties: istio.workload.Service.$Shape): istio.workload.Service & istio.workload.Service.$Shape;
             *   (properties?: istio.workload.Service.$Properties): istio.workload.Service;
             * }}
             */
            Service.create = function(properties) {
                return new Service(properties);
            };

            /**
             * Encodes the specified Service message. Does not implicitly {@link istio.workload.Service.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.Service
             * @static
             * @param {istio.workload.Service.$Properties} message Service message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Service.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hostname);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        $root.istio.workload.NetworkAddress.encode(message.addresses[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.ports != null && message.ports.length)
                    for (let i = 0; i < message.ports.length; ++i)
                        $root.istio.workload.Port.encode(message.ports[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.subjectAltNames != null && message.subjectAltNames.length)
                    for (let i = 0; i < message.subjectAltNames.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.subjectAltNames[i]);
                if (message.waypoint != null && $Object.hasOwnProperty.call(message, "waypoint"))
                    $root.istio.workload.GatewayAddress.encode(message.waypoint, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.loadBalancing != null && $Object.hasOwnProperty.call(message, "loadBalancing"))
                    $root.istio.workload.LoadBalancing.encode(message.loadBalancing, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.ipFamilies != null && $Object.hasOwnProperty.call(message, "ipFamilies") && message.ipFamilies !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.ipFamilies);
                if (message.extensions != null && message.extensions.length)
                    for (let i = 0; i < message.extensions.length; ++i)
                        $root.istio.workload.Extension.encode(message.extensions[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.canonical != null && $Object.hasOwnProperty.call(message, "canonical") && message.canonical !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.canonical);
                if (message.ingressUseWaypoint != null && $Object.hasOwnProperty.call(message, "ingressUseWaypoint") && message.ingressUseWaypoint !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.ingressUseWaypoint);
                if (message.weightedWaypoints != null && message.weightedWaypoints.length)
                    for (let i = 0; i < message.weightedWaypoints.length; ++i)
                        $root.istio.workload.WeightedWaypoint.encode(message.weightedWaypoints[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.visibility != null && $Object.hasOwnProperty.call(message, "visibility") && message.visibility !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).int32(message.visibility);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Service message, length delimited. Does not implicitly {@link istio.workload.Service.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.Service
             * @static
             * @param {istio.workload.Service.$Properties} message Service message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Service.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Service message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.Service
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.Service & istio.workload.Service.$Shape} Service
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Service.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.Service();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push($root.istio.workload.NetworkAddress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push($root.istio.workload.Port.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.subjectAltNames && message.subjectAltNames.length))
                                message.subjectAltNames = [];
                            message.subjectAltNames.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.waypoint = $root.istio.workload.GatewayAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.waypoint);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.loadBalancing = $root.istio.workload.LoadBalancing.decode(reader, reader.size(), $undefined, _depth + 1, message.loadBalancing);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.ipFamilies = value;
                            else
                                delete message.ipFamilies;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extensions && message.extensions.length))
                                message.extensions = [];
                            message.extensions.push($root.istio.workload.Extension.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.canonical = value;
                            else
                                delete message.canonical;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ingressUseWaypoint = value;
                            else
                                delete message.ingressUseWaypoint;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.weightedWaypoints && message.weightedWaypoints.length))
                                message.weightedWaypoints = [];
                            message.weightedWaypoints.push($root.istio.workload.WeightedWaypoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.visibility = value;
                            else
                                delete message.visibility;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Service message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.Service
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.Service & istio.workload.Service.$Shape} Service
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Service.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Service message.
             * @function verify
             * @memberof istio.workload.Service
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Service.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i) {
                        let error = $root.istio.workload.NetworkAddress.verify(message.addresses[i], _depth + 1);
                        if (error)
                            return "addresses." + error;
                    }
                }
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports")) {
                    if (!$Array.isArray(message.ports))
                        return "ports: array expected";
                    for (let i = 0; i < message.ports.length; ++i) {
                        let error = $root.istio.workload.Port.verify(message.ports[i], _depth + 1);
                        if (error)
                            return "ports." + error;
                    }
                }
                if (message.subjectAltNames != null && $Object.hasOwnProperty.call(message, "subjectAltNames")) {
                    if (!$Array.isArray(message.subjectAltNames))
                        return "subjectAltNames: array expected";
                    for (let i = 0; i < message.subjectAltNames.length; ++i)
                        if (!$util.isString(message.subjectAltNames[i]))
                            return "subjectAltNames: string[] expected";
                }
                if (message.waypoint != null && $Object.hasOwnProperty.call(message, "waypoint")) {
                    let error = $root.istio.workload.GatewayAddress.verify(message.waypoint, _depth + 1);
                    if (error)
                        return "waypoint." + error;
                }
                if (message.loadBalancing != null && $Object.hasOwnProperty.call(message, "loadBalancing")) {
                    let error = $root.istio.workload.LoadBalancing.verify(message.loadBalancing, _depth + 1);
                    if (error)
                        return "loadBalancing." + error;
                }
                if (message.ipFamilies != null && $Object.hasOwnProperty.call(message, "ipFamilies"))
                    if (typeof message.ipFamilies !== "number" || (message.ipFamilies | 0) !== message.ipFamilies)
                        return "ipFamilies: enum value expected";
                if (message.extensions != null && $Object.hasOwnProperty.call(message, "extensions")) {
                    if (!$Array.isArray(message.extensions))
                        return "extensions: array expected";
                    for (let i = 0; i < message.extensions.length; ++i) {
                        let error = $root.istio.workload.Extension.verify(message.extensions[i], _depth + 1);
                        if (error)
                            return "extensions." + error;
                    }
                }
                if (message.canonical != null && $Object.hasOwnProperty.call(message, "canonical"))
                    if (typeof message.canonical !== "boolean")
                        return "canonical: boolean expected";
                if (message.ingressUseWaypoint != null && $Object.hasOwnProperty.call(message, "ingressUseWaypoint"))
                    if (typeof message.ingressUseWaypoint !== "boolean")
                        return "ingressUseWaypoint: boolean expected";
                if (message.weightedWaypoints != null && $Object.hasOwnProperty.call(message, "weightedWaypoints")) {
                    if (!$Array.isArray(message.weightedWaypoints))
                        return "weightedWaypoints: array expected";
                    for (let i = 0; i < message.weightedWaypoints.length; ++i) {
                        let error = $root.istio.workload.WeightedWaypoint.verify(message.weightedWaypoints[i], _depth + 1);
                        if (error)
                            return "weightedWaypoints." + error;
                    }
                }
                if (message.visibility != null && $Object.hasOwnProperty.call(message, "visibility"))
                    if (typeof message.visibility !== "number" || (message.visibility | 0) !== message.visibility)
                        return "visibility: enum value expected";
                return null;
            };

            /**
             * Creates a Service message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.Service
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.Service} Service
             */
            Service.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.Service)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.Service: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.Service();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".istio.workload.Service.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i) {
                        if (!$util.isObject(object.addresses[i]))
                            throw $TypeError(".istio.workload.Service.addresses: object expected");
                        message.addresses[i] = $root.istio.workload.NetworkAddress.fromObject(object.addresses[i], _depth + 1);
                    }
                }
                if (object.ports) {
                    if (!$Array.isArray(object.ports))
                        throw $TypeError(".istio.workload.Service.ports: array expected");
                    message.ports = $Array(object.ports.length);
                    for (let i = 0; i < object.ports.length; ++i) {
                        if (!$util.isObject(object.ports[i]))
                            throw $TypeError(".istio.workload.Service.ports: object expected");
                        message.ports[i] = $root.istio.workload.Port.fromObject(object.ports[i], _depth + 1);
                    }
                }
                if (object.subjectAltNames) {
                    if (!$Array.isArray(object.subjectAltNames))
                        throw $TypeError(".istio.workload.Service.subjectAltNames: array expected");
                    message.subjectAltNames = $Array(object.subjectAltNames.length);
                    for (let i = 0; i < object.subjectAltNames.length; ++i)
                        message.subjectAltNames[i] = $String(object.subjectAltNames[i]);
                }
                if (object.waypoint != null) {
                    if (!$util.isObject(object.waypoint))
                        throw $TypeError(".istio.workload.Service.waypoint: object expected");
                    message.waypoint = $root.istio.workload.GatewayAddress.fromObject(object.waypoint, _depth + 1);
                }
                if (object.loadBalancing != null) {
                    if (!$util.isObject(object.loadBalancing))
                        throw $TypeError(".istio.workload.Service.loadBalancing: object expected");
                    message.loadBalancing = $root.istio.workload.LoadBalancing.fromObject(object.loadBalancing, _depth + 1);
                }
                if (object.ipFamilies !== 0 && (typeof object.ipFamilies !== "string" || $root.istio.workload.IPFamilies[object.ipFamilies] !== 0))
                    switch (object.ipFamilies) {
                    case "AUTOMATIC":
                    case 0:
                        message.ipFamilies = 0;
                        break;
                    case "IPV4_ONLY":
                    case 1:
                        message.ipFamilies = 1;
                        break;
                    case "IPV6_ONLY":
                    case 2:
                        message.ipFamilies = 2;
                        break;
                    case "DUAL":
                    case 3:
                        message.ipFamilies = 3;
                        break;
                    default:
                        if (typeof object.ipFamilies === "number" && (object.ipFamilies | 0) === object.ipFamilies)
                            message.ipFamilies = object.ipFamilies;
                    }
                if (object.extensions) {
                    if (!$Array.isArray(object.extensions))
                        throw $TypeError(".istio.workload.Service.extensions: array expected");
                    message.extensions = $Array(object.extensions.length);
                    for (let i = 0; i < object.extensions.length; ++i) {
                        if (!$util.isObject(object.extensions[i]))
                            throw $TypeError(".istio.workload.Service.extensions: object expected");
                        message.extensions[i] = $root.istio.workload.Extension.fromObject(object.extensions[i], _depth + 1);
                    }
                }
                if (object.canonical != null)
                    if (object.canonical)
                        message.canonical = $Boolean(object.canonical);
                if (object.ingressUseWaypoint != null)
                    if (object.ingressUseWaypoint)
                        message.ingressUseWaypoint = $Boolean(object.ingressUseWaypoint);
                if (object.weightedWaypoints) {
                    if (!$Array.isArray(object.weightedWaypoints))
                        throw $TypeError(".istio.workload.Service.weightedWaypoints: array expected");
                    message.weightedWaypoints = $Array(object.weightedWaypoints.length);
                    for (let i = 0; i < object.weightedWaypoints.length; ++i) {
                        if (!$util.isObject(object.weightedWaypoints[i]))
                            throw $TypeError(".istio.workload.Service.weightedWaypoints: object expected");
                        message.weightedWaypoints[i] = $root.istio.workload.WeightedWaypoint.fromObject(object.weightedWaypoints[i], _depth + 1);
                    }
                }
                if (object.visibility !== 0 && (typeof object.visibility !== "string" || $root.istio.workload.Service.Visibility[object.visibility] !== 0))
                    switch (object.visibility) {
                    case "PUBLIC":
                    case 0:
                        message.visibility = 0;
                        break;
                    case "NAMESPACE":
                    case 1:
                        message.visibility = 1;
                        break;
                    default:
                        if (typeof object.visibility === "number" && (object.visibility | 0) === object.visibility)
                            message.visibility = object.visibility;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Service message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.Service
             * @static
             * @param {istio.workload.Service} message Service
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Service.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.addresses = [];
                    object.ports = [];
                    object.subjectAltNames = [];
                    object.extensions = [];
                    object.weightedWaypoints = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.namespace = "";
                    object.hostname = "";
                    object.waypoint = null;
                    object.loadBalancing = null;
                    object.ipFamilies = options.enums === $String ? "AUTOMATIC" : 0;
                    object.canonical = false;
                    object.ingressUseWaypoint = false;
                    object.visibility = options.enums === $String ? "PUBLIC" : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = $root.istio.workload.NetworkAddress.toObject(message.addresses[j], options, _depth + 1);
                }
                if (message.ports && message.ports.length) {
                    object.ports = $Array(message.ports.length);
                    for (let j = 0; j < message.ports.length; ++j)
                        object.ports[j] = $root.istio.workload.Port.toObject(message.ports[j], options, _depth + 1);
                }
                if (message.subjectAltNames && message.subjectAltNames.length) {
                    object.subjectAltNames = $Array(message.subjectAltNames.length);
                    for (let j = 0; j < message.subjectAltNames.length; ++j)
                        object.subjectAltNames[j] = message.subjectAltNames[j];
                }
                if (message.waypoint != null && $Object.hasOwnProperty.call(message, "waypoint"))
                    object.waypoint = $root.istio.workload.GatewayAddress.toObject(message.waypoint, options, _depth + 1);
                if (message.loadBalancing != null && $Object.hasOwnProperty.call(message, "loadBalancing"))
                    object.loadBalancing = $root.istio.workload.LoadBalancing.toObject(message.loadBalancing, options, _depth + 1);
                if (message.ipFamilies != null && $Object.hasOwnProperty.call(message, "ipFamilies"))
                    object.ipFamilies = options.enums === $String ? $root.istio.workload.IPFamilies[message.ipFamilies] === $undefined ? message.ipFamilies : $root.istio.workload.IPFamilies[message.ipFamilies] : message.ipFamilies;
                if (message.extensions && message.extensions.length) {
                    object.extensions = $Array(message.extensions.length);
                    for (let j = 0; j < message.extensions.length; ++j)
                        object.extensions[j] = $root.istio.workload.Extension.toObject(message.extensions[j], options, _depth + 1);
                }
                if (message.canonical != null && $Object.hasOwnProperty.call(message, "canonical"))
                    object.canonical = message.canonical;
                if (message.ingressUseWaypoint != null && $Object.hasOwnProperty.call(message, "ingressUseWaypoint"))
                    object.ingressUseWaypoint = message.ingressUseWaypoint;
                if (message.weightedWaypoints && message.weightedWaypoints.length) {
                    object.weightedWaypoints = $Array(message.weightedWaypoints.length);
                    for (let j = 0; j < message.weightedWaypoints.length; ++j)
                        object.weightedWaypoints[j] = $root.istio.workload.WeightedWaypoint.toObject(message.weightedWaypoints[j], options, _depth + 1);
                }
                if (message.visibility != null && $Object.hasOwnProperty.call(message, "visibility"))
                    object.visibility = options.enums === $String ? $root.istio.workload.Service.Visibility[message.visibility] === $undefined ? message.visibility : $root.istio.workload.Service.Visibility[message.visibility] : message.visibility;
                return object;
            };

            /**
             * Converts this Service to JSON.
             * @function toJSON
             * @memberof istio.workload.Service
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Service.prototype.toJSON = function() {
                return Service.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Service
             * @function getTypeUrl
             * @memberof istio.workload.Service
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Service.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.Service";
            };

            /**
             * Visibility enum.
             * @name istio.workload.Service.Visibility
             * @enum {number}
             * @property {number} PUBLIC=0 PUBLIC value
             * @property {number} NAMESPACE=1 NAMESPACE value
             */
            Service.Visibility = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PUBLIC"] = 0;
                values[valuesById[1] = "NAMESPACE"] = 1;
                return values;
            })();

            return Service;
        })();

        /**
         * IPFamilies enum.
         * @name istio.workload.IPFamilies
         * @enum {number}
         * @property {number} AUTOMATIC=0 AUTOMATIC value
         * @property {number} IPV4_ONLY=1 IPV4_ONLY value
         * @property {number} IPV6_ONLY=2 IPV6_ONLY value
         * @property {number} DUAL=3 DUAL value
         */
        workload.IPFamilies = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AUTOMATIC"] = 0;
            values[valuesById[1] = "IPV4_ONLY"] = 1;
            values[valuesById[2] = "IPV6_ONLY"] = 2;
            values[valuesById[3] = "DUAL"] = 3;
            return values;
        })();

        /**
         * NetworkMode enum.
         * @name istio.workload.NetworkMode
         * @enum {number}
         * @property {number} STANDARD=0 STANDARD value
         * @property {number} HOST_NETWORK=1 HOST_NETWORK value
         */
        workload.NetworkMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STANDARD"] = 0;
            values[valuesById[1] = "HOST_NETWORK"] = 1;
            return values;
        })();

        workload.LoadBalancing = (function() {

            /**
             * Properties of a LoadBalancing.
             * @typedef {Object} istio.workload.LoadBalancing.$Properties
             * @property {Array.<istio.workload.LoadBalancing.Scope>|null} [routingPreference] LoadBalancing routingPreference
             * @property {istio.workload.LoadBalancing.Mode|null} [mode] LoadBalancing mode
             * @property {istio.workload.LoadBalancing.HealthPolicy|null} [healthPolicy] LoadBalancing healthPolicy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadBalancing.
             * @memberof istio.workload
             * @interface ILoadBalancing
             * @augments istio.workload.LoadBalancing.$Properties
             * @deprecated Use istio.workload.LoadBalancing.$Properties instead.
             */

            /**
             * Shape of a LoadBalancing.
             * @typedef {istio.workload.LoadBalancing.$Properties} istio.workload.LoadBalancing.$Shape
             */

            /**
             * Constructs a new LoadBalancing.
             * @memberof istio.workload
             * @classdesc Represents a LoadBalancing.
             * @constructor
             * @param {istio.workload.LoadBalancing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadBalancing = function (properties) {
                this.routingPreference = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadBalancing routingPreference.
             * @member {Array.<istio.workload.LoadBalancing.Scope>} routingPreference
             * @memberof istio.workload.LoadBalancing
             * @instance
             */
            LoadBalancing.prototype.routingPreference = $util.emptyArray;

            /**
             * LoadBalancing mode.
             * @member {istio.workload.LoadBalancing.Mode} mode
             * @memberof istio.workload.LoadBalancing
             * @instance
             */
            LoadBalancing.prototype.mode = 0;

            /**
             * LoadBalancing healthPolicy.
             * @member {istio.workload.LoadBalancing.HealthPolicy} healthPolicy
             * @memberof istio.workload.LoadBalancing
             * @instance
             */
            LoadBalancing.prototype.healthPolicy = 0;

            /**
             * Creates a new LoadBalancing instance using the specified properties.
             * @function create
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {istio.workload.LoadBalancing.$Properties=} [properties] Properties to set
             * @returns {istio.workload.LoadBalancing} LoadBalancing instance
             * @type {{
             *   (properties: istio.workload.LoadBalancing.$Shape): istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape;
             *   (properties?: istio.workload.LoadBalancing.$Properties): istio.workload.LoadBalancing;
             * }}
             */
            LoadBalancing.create = function(properties) {
                return new LoadBalancing(properties);
            };

            /**
             * Encodes the specified LoadBalancing message. Does not implicitly {@link istio.workload.LoadBalancing.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {istio.workload.LoadBalancing.$Properties} message LoadBalancing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadBalancing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.routingPreference != null && message.routingPreference.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.routingPreference);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.mode);
                if (message.healthPolicy != null && $Object.hasOwnProperty.call(message, "healthPolicy") && message.healthPolicy !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.healthPolicy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LoadBalancing message, length delimited. Does not implicitly {@link istio.workload.LoadBalancing.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {istio.workload.LoadBalancing.$Properties} message LoadBalancing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadBalancing.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LoadBalancing message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape} LoadBalancing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadBalancing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.LoadBalancing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.routingPreference && message.routingPreference.length))
                                    message.routingPreference = [];
                                reader.int32s(message.routingPreference);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.routingPreference && message.routingPreference.length))
                                message.routingPreference = [];
                            message.routingPreference.push(reader.int32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.healthPolicy = value;
                            else
                                delete message.healthPolicy;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LoadBalancing message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.LoadBalancing & istio.workload.LoadBalancing.$Shape} LoadBalancing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadBalancing.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LoadBalancing message.
             * @function verify
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadBalancing.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.routingPreference != null && $Object.hasOwnProperty.call(message, "routingPreference")) {
                    if (!$Array.isArray(message.routingPreference))
                        return "routingPreference: array expected";
                    for (let i = 0; i < message.routingPreference.length; ++i)
                        if (typeof message.routingPreference[i] !== "number" || (message.routingPreference[i] | 0) !== message.routingPreference[i])
                            return "routingPreference: enum value[] expected";
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.healthPolicy != null && $Object.hasOwnProperty.call(message, "healthPolicy"))
                    if (typeof message.healthPolicy !== "number" || (message.healthPolicy | 0) !== message.healthPolicy)
                        return "healthPolicy: enum value expected";
                return null;
            };

            /**
             * Creates a LoadBalancing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.LoadBalancing} LoadBalancing
             */
            LoadBalancing.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.LoadBalancing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.LoadBalancing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.LoadBalancing();
                if (object.routingPreference) {
                    if (!$Array.isArray(object.routingPreference))
                        throw $TypeError(".istio.workload.LoadBalancing.routingPreference: array expected");
                    message.routingPreference = [];
                    for (let i = 0; i < object.routingPreference.length; ++i)
                        switch (object.routingPreference[i]) {
                        case "UNSPECIFIED_SCOPE":
                        case 0:
                            message.routingPreference[message.routingPreference.length] = 0;
                            break;
                        case "REGION":
                        case 1:
                            message.routingPreference[message.routingPreference.length] = 1;
                            break;
                        case "ZONE":
                        case 2:
                            message.routingPreference[message.routingPreference.length] = 2;
                            break;
                        case "SUBZONE":
                        case 3:
                            message.routingPreference[message.routingPreference.length] = 3;
                            break;
                        case "NODE":
                        case 4:
                            message.routingPreference[message.routingPreference.length] = 4;
                            break;
                        case "CLUSTER":
                        case 5:
                            message.routingPreference[message.routingPreference.length] = 5;
                            break;
                        case "NETWORK":
                        case 6:
                            message.routingPreference[message.routingPreference.length] = 6;
                            break;
                        default:
                            if (typeof object.routingPreference[i] === "number" && (object.routingPreference[i] | 0) === object.routingPreference[i])
                                message.routingPreference[message.routingPreference.length] = object.routingPreference[i];
                        }
                }
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.istio.workload.LoadBalancing.Mode[object.mode] !== 0))
                    switch (object.mode) {
                    case "UNSPECIFIED_MODE":
                    case 0:
                        message.mode = 0;
                        break;
                    case "STRICT":
                    case 1:
                        message.mode = 1;
                        break;
                    case "FAILOVER":
                    case 2:
                        message.mode = 2;
                        break;
                    case "PASSTHROUGH":
                    case 3:
                        message.mode = 3;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.healthPolicy !== 0 && (typeof object.healthPolicy !== "string" || $root.istio.workload.LoadBalancing.HealthPolicy[object.healthPolicy] !== 0))
                    switch (object.healthPolicy) {
                    case "ONLY_HEALTHY":
                    case 0:
                        message.healthPolicy = 0;
                        break;
                    case "ALLOW_ALL":
                    case 1:
                        message.healthPolicy = 1;
                        break;
                    default:
                        if (typeof object.healthPolicy === "number" && (object.healthPolicy | 0) === object.healthPolicy)
                            message.healthPolicy = object.healthPolicy;
                    }
                return message;
            };

            /**
             * Creates a plain object from a LoadBalancing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {istio.workload.LoadBalancing} message LoadBalancing
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadBalancing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.routingPreference = [];
                if (options.defaults) {
                    object.mode = options.enums === $String ? "UNSPECIFIED_MODE" : 0;
                    object.healthPolicy = options.enums === $String ? "ONLY_HEALTHY" : 0;
                }
                if (message.routingPreference && message.routingPreference.length) {
                    object.routingPreference = $Array(message.routingPreference.length);
                    for (let j = 0; j < message.routingPreference.length; ++j)
                        object.routingPreference[j] = options.enums === $String ? $root.istio.workload.LoadBalancing.Scope[message.routingPreference[j]] === $undefined ? message.routingPreference[j] : $root.istio.workload.LoadBalancing.Scope[message.routingPreference[j]] : message.routingPreference[j];
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.istio.workload.LoadBalancing.Mode[message.mode] === $undefined ? message.mode : $root.istio.workload.LoadBalancing.Mode[message.mode] : message.mode;
                if (message.healthPolicy != null && $Object.hasOwnProperty.call(message, "healthPolicy"))
                    object.healthPolicy = options.enums === $String ? $root.istio.workload.LoadBalancing.HealthPolicy[message.healthPolicy] === $undefined ? message.healthPolicy : $root.istio.workload.LoadBalancing.HealthPolicy[message.healthPolicy] : message.healthPolicy;
                return object;
            };

            /**
             * Converts this LoadBalancing to JSON.
             * @function toJSON
             * @memberof istio.workload.LoadBalancing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadBalancing.prototype.toJSON = function() {
                return LoadBalancing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadBalancing
             * @function getTypeUrl
             * @memberof istio.workload.LoadBalancing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadBalancing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.LoadBalancing";
            };

            /**
             * Scope enum.
             * @name istio.workload.LoadBalancing.Scope
             * @enum {number}
             * @property {number} UNSPECIFIED_SCOPE=0 UNSPECIFIED_SCOPE value
             * @property {number} REGION=1 REGION value
             * @property {number} ZONE=2 ZONE value
             * @property {number} SUBZONE=3 SUBZONE value
             * @property {number} NODE=4 NODE value
             * @property {number} CLUSTER=5 CLUSTER value
             * @property {number} NETWORK=6 NETWORK value
             */
            LoadBalancing.Scope = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNSPECIFIED_SCOPE"] = 0;
                values[valuesById[1] = "REGION"] = 1;
                values[valuesById[2] = "ZONE"] = 2;
                values[valuesById[3] = "SUBZONE"] = 3;
                values[valuesById[4] = "NODE"] = 4;
                values[valuesById[5] = "CLUSTER"] = 5;
                values[valuesById[6] = "NETWORK"] = 6;
                return values;
            })();

            /**
             * Mode enum.
             * @name istio.workload.LoadBalancing.Mode
             * @enum {number}
             * @property {number} UNSPECIFIED_MODE=0 UNSPECIFIED_MODE value
             * @property {number} STRICT=1 STRICT value
             * @property {number} FAILOVER=2 FAILOVER value
             * @property {number} PASSTHROUGH=3 PASSTHROUGH value
             */
            LoadBalancing.Mode = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNSPECIFIED_MODE"] = 0;
                values[valuesById[1] = "STRICT"] = 1;
                values[valuesById[2] = "FAILOVER"] = 2;
                values[valuesById[3] = "PASSTHROUGH"] = 3;
                return values;
            })();

            /**
             * HealthPolicy enum.
             * @name istio.workload.LoadBalancing.HealthPolicy
             * @enum {number}
             * @property {number} ONLY_HEALTHY=0 ONLY_HEALTHY value
             * @property {number} ALLOW_ALL=1 ALLOW_ALL value
             */
            LoadBalancing.HealthPolicy = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ONLY_HEALTHY"] = 0;
                values[valuesById[1] = "ALLOW_ALL"] = 1;
                return values;
            })();

            return LoadBalancing;
        })();

        workload.Workload = (function() {

            /**
             * Properties of a Workload.
             * @typedef {Object} istio.workload.Workload.$Properties
             * @property {string|null} [name] Workload name
             * @property {string|null} [namespace] Workload namespace
             * @property {Array.<Uint8Array>|null} [addresses] Workload addresses
             * @property {string|null} [network] Workload network
             * @property {istio.workload.TunnelProtocol|null} [tunnelProtocol] Workload tunnelProtocol
             * @property {string|null} [trustDomain] Workload trustDomain
             * @property {string|null} [serviceAccount] Workload serviceAccount
             * @property {istio.workload.GatewayAddress.$Properties|null} [waypoint] Workload waypoint
             * @property {string|null} [node] Workload node
             * @property {string|null} [canonicalName] Workload canonicalName
             * @property {string|null} [canonicalRevision] Workload canonicalRevision
             * @property {istio.workload.WorkloadType|null} [workloadType] Workload workloadType
             * @property {string|null} [workloadName] Workload workloadName
             * @property {boolean|null} [nativeTunnel] Workload nativeTunnel
             * @property {Array.<string>|null} [authorizationPolicies] Workload authorizationPolicies
             * @property {istio.workload.WorkloadStatus|null} [status] Workload status
             * @property {string|null} [clusterId] Workload clusterId
             * @property {istio.workload.GatewayAddress.$Properties|null} [networkGateway] Workload networkGateway
             * @property {string|null} [uid] Workload uid
             * @property {string|null} [hostname] Workload hostname
             * @property {Object.<string,istio.workload.PortList.$Properties>|null} [services] Workload services
             * @property {istio.workload.ApplicationTunnel.$Properties|null} [applicationTunnel] Workload applicationTunnel
             * @property {istio.workload.Locality.$Properties|null} [locality] Workload locality
             * @property {istio.workload.NetworkMode|null} [networkMode] Workload networkMode
             * @property {Array.<istio.workload.Extension.$Properties>|null} [extensions] Workload extensions
             * @property {google.protobuf.UInt32Value.$Properties|null} [capacity] Workload capacity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Workload.
             * @memberof istio.workload
             * @interface IWorkload
             * @augments istio.workload.Workload.$Properties
             * @deprecated Use istio.workload.Workload.$Properties instead.
             */

            /**
             * Shape of a Workload.
             * @typedef {{
             *   name?: string|null;
             *   namespace?: string|null;
             *   addresses?: Array.<Uint8Array>|null;
             *   network?: string|null;
             *   tunnelProtocol?: istio.workload.TunnelProtocol|null;
             *   trustDomain?: string|null;
             *   serviceAccount?: string|null;
             *   waypoint?: istio.workload.GatewayAddress.$Shape|null;
             *   node?: string|null;
             *   canonicalName?: string|null;
             *   canonicalRevision?: string|null;
             *   workloadType?: istio.workload.WorkloadType|null;
             *   workloadName?: string|null;
             *   nativeTunnel?: boolean|null;
             *   authorizationPolicies?: Array.<string>|null;
             *   status?: istio.workload.WorkloadStatus|null;
             *   clusterId?: string|null;
             *   networkGateway?: istio.workload.GatewayAddress.$Shape|null;
             *   uid?: string|null;
             *   hostname?: string|null;
             *   services?: Object.<string,istio.workload.PortList.$Shape>|null;
             *   applicationTunnel?: istio.workload.ApplicationTunnel.$Shape|null;
             *   locality?: istio.workload.Locality.$Shape|null;
             *   networkMode?: istio.workload.NetworkMode|null;
             *   extensions?: Array.<istio.workload.Extension.$Shape>|null;
             *   capacity?: google.protobuf.UInt32Value.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} istio.workload.Workload.$Shape
             */

            /**
             * Constructs a new Workload.
             * @memberof istio.workload
             * @classdesc Represents a Workload.
             * @constructor
             * @param {istio.workload.Workload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Workload = function (properties) {
                this.addresses = [];
                this.authorizationPolicies = [];
                this.services = {};
                this.extensions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Workload name.
             * @member {string} name
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.name = "";

            /**
             * Workload namespace.
             * @member {string} namespace
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.namespace = "";

            /**
             * Workload addresses.
             * @member {Array.<Uint8Array>} addresses
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.addresses = $util.emptyArray;

            /**
             * Workload network.
             * @member {string} network
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.network = "";

            /**
             * Workload tunnelProtocol.
             * @member {istio.workload.TunnelProtocol} tunnelProtocol
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.tunnelProtocol = 0;

            /**
             * Workload trustDomain.
             * @member {string} trustDomain
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.trustDomain = "";

            /**
             * Workload serviceAccount.
             * @member {string} serviceAccount
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.serviceAccount = "";

            /**
             * Workload waypoint.
             * @member {istio.workload.GatewayAddress.$Properties|null|undefined} waypoint
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.waypoint = null;

            /**
             * Workload node.
             * @member {string} node
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.node = "";

            /**
             * Workload canonicalName.
             * @member {string} canonicalName
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.canonicalName = "";

            /**
             * Workload canonicalRevision.
             * @member {string} canonicalRevision
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.canonicalRevision = "";

            /**
             * Workload workloadType.
             * @member {istio.workload.WorkloadType} workloadType
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.workloadType = 0;

            /**
             * Workload workloadName.
             * @member {string} workloadName
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.workloadName = "";

            /**
             * Workload nativeTunnel.
             * @member {boolean} nativeTunnel
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.nativeTunnel = false;

            /**
             * Workload authorizationPolicies.
             * @member {Array.<string>} authorizationPolicies
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.authorizationPolicies = $util.emptyArray;

            /**
             * Workload status.
             * @member {istio.workload.WorkloadStatus} status
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.status = 0;

            /**
             * Workload clusterId.
             * @member {string} clusterId
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.clusterId = "";

            /**
             * Workload networkGateway.
             * @member {istio.workload.GatewayAddress.$Properties|null|undefined} networkGateway
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.networkGateway = null;

            /**
             * Workload uid.
             * @member {string} uid
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.uid = "";

            /**
             * Workload hostname.
             * @member {string} hostname
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.hostname = "";

            /**
             * Workload services.
             * @member {Object.<string,istio.workload.PortList.$Properties>} services
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.services = $util.emptyObject;

            /**
             * Workload applicationTunnel.
             * @member {istio.workload.ApplicationTunnel.$Properties|null|undefined} applicationTunnel
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.applicationTunnel = null;

            /**
             * Workload locality.
             * @member {istio.workload.Locality.$Properties|null|undefined} locality
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.locality = null;

            /**
             * Workload networkMode.
             * @member {istio.workload.NetworkMode} networkMode
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.networkMode = 0;

            /**
             * Workload extensions.
             * @member {Array.<istio.workload.Extension.$Properties>} extensions
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.extensions = $util.emptyArray;

            /**
             * Workload capacity.
             * @member {google.protobuf.UInt32Value.$Properties|null|undefined} capacity
             * @memberof istio.workload.Workload
             * @instance
             */
            Workload.prototype.capacity = null;

            /**
             * Creates a new Workload instance using the specified properties.
             * @function create
             * @memberof istio.workload.Workload
             * @static
             * @param {istio.workload.Workload.$Properties=} [properties] Properties to set
             * @returns {istio.workload.Workload} Workload instance
             * @type {{
             *   (properties: istio.workload.Workload.$Shape): istio.workload.Workload & istio.workload.Workload.$Shape;
             *   (properties?: istio.workload.Workload.$Properties): istio.workload.Workload;
             * }}
             */
            Workload.create = function(properties) {
                return new Workload(properties);
            };

            /**
             * Encodes the specified Workload message. Does not implicitly {@link istio.workload.Workload.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.Workload
             * @static
             * @param {istio.workload.Workload.$Properties} message Workload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Workload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.addresses[i]);
                if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.network);
                if (message.tunnelProtocol != null && $Object.hasOwnProperty.call(message, "tunnelProtocol") && message.tunnelProtocol !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.tunnelProtocol);
                if (message.trustDomain != null && $Object.hasOwnProperty.call(message, "trustDomain") && message.trustDomain !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.trustDomain);
                if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount") && message.serviceAccount !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.serviceAccount);
                if (message.waypoint != null && $Object.hasOwnProperty.call(message, "waypoint"))
                    $root.istio.workload.GatewayAddress.encode(message.waypoint, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.node);
                if (message.canonicalName != null && $Object.hasOwnProperty.call(message, "canonicalName") && message.canonicalName !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.canonicalName);
                if (message.canonicalRevision != null && $Object.hasOwnProperty.call(message, "canonicalRevision") && message.canonicalRevision !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.canonicalRevision);
                if (message.workloadType != null && $Object.hasOwnProperty.call(message, "workloadType") && message.workloadType !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.workloadType);
                if (message.workloadName != null && $Object.hasOwnProperty.call(message, "workloadName") && message.workloadName !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.workloadName);
                if (message.nativeTunnel != null && $Object.hasOwnProperty.call(message, "nativeTunnel") && message.nativeTunnel !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.nativeTunnel);
                if (message.authorizationPolicies != null && message.authorizationPolicies.length)
                    for (let i = 0; i < message.authorizationPolicies.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.authorizationPolicies[i]);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).int32(message.status);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.clusterId);
                if (message.networkGateway != null && $Object.hasOwnProperty.call(message, "networkGateway"))
                    $root.istio.workload.GatewayAddress.encode(message.networkGateway, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.uid);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.hostname);
                if (message.services != null && $Object.hasOwnProperty.call(message, "services"))
                    for (let keys = $Object.keys(message.services), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 22, wireType 2 =*/178).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.istio.workload.PortList.encode(message.services[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.applicationTunnel != null && $Object.hasOwnProperty.call(message, "applicationTunnel"))
                    $root.istio.workload.ApplicationTunnel.encode(message.applicationTunnel, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality"))
                    $root.istio.workload.Locality.encode(message.locality, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.networkMode != null && $Object.hasOwnProperty.call(message, "networkMode") && message.networkMode !== 0)
                    writer.uint32(/* id 25, wireType 0 =*/200).int32(message.networkMode);
                if (message.extensions != null && message.extensions.length)
                    for (let i = 0; i < message.extensions.length; ++i)
                        $root.istio.workload.Extension.encode(message.extensions[i], writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    $root.google.protobuf.UInt32Value.encode(message.capacity, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Workload message, length delimited. Does not implicitly {@link istio.workload.Workload.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.Workload
             * @static
             * @param {istio.workload.Workload.$Properties} message Workload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Workload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Workload message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.Workload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.Workload & istio.workload.Workload.$Shape} Workload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Workload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.Workload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.bytes());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.network = value;
                            else
                                delete message.network;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.tunnelProtocol = value;
                            else
                                delete message.tunnelProtocol;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.trustDomain = value;
                            else
                                delete message.trustDomain;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceAccount = value;
                            else
                                delete message.serviceAccount;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.waypoint = $root.istio.workload.GatewayAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.waypoint);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.canonicalName = value;
                            else
                                delete message.canonicalName;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.canonicalRevision = value;
                            else
                                delete message.canonicalRevision;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.workloadType = value;
                            else
                                delete message.workloadType;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workloadName = value;
                            else
                                delete message.workloadName;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nativeTunnel = value;
                            else
                                delete message.nativeTunnel;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.authorizationPolicies && message.authorizationPolicies.length))
                                message.authorizationPolicies = [];
                            message.authorizationPolicies.push(reader.stringVerify());
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.networkGateway = $root.istio.workload.GatewayAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.networkGateway);
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (message.services === $util.emptyObject)
                                message.services = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.istio.workload.PortList.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.services, key);
                            message.services[key] = value || new $root.istio.workload.PortList();
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.applicationTunnel = $root.istio.workload.ApplicationTunnel.decode(reader, reader.size(), $undefined, _depth + 1, message.applicationTunnel);
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.locality = $root.istio.workload.Locality.decode(reader, reader.size(), $undefined, _depth + 1, message.locality);
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.networkMode = value;
                            else
                                delete message.networkMode;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            if (!(message.extensions && message.extensions.length))
                                message.extensions = [];
                            message.extensions.push($root.istio.workload.Extension.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.capacity = $root.google.protobuf.UInt32Value.decode(reader, reader.size(), $undefined, _depth + 1, message.capacity);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Workload message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.Workload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.Workload & istio.workload.Workload.$Shape} Workload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Workload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Workload message.
             * @function verify
             * @memberof istio.workload.Workload
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Workload.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i)
                        if (!(message.addresses[i] && typeof message.addresses[i].length === "number" || $util.isString(message.addresses[i])))
                            return "addresses: buffer[] expected";
                }
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    if (!$util.isString(message.network))
                        return "network: string expected";
                if (message.tunnelProtocol != null && $Object.hasOwnProperty.call(message, "tunnelProtocol"))
                    if (typeof message.tunnelProtocol !== "number" || (message.tunnelProtocol | 0) !== message.tunnelProtocol)
                        return "tunnelProtocol: enum value expected";
                if (message.trustDomain != null && $Object.hasOwnProperty.call(message, "trustDomain"))
                    if (!$util.isString(message.trustDomain))
                        return "trustDomain: string expected";
                if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount"))
                    if (!$util.isString(message.serviceAccount))
                        return "serviceAccount: string expected";
                if (message.waypoint != null && $Object.hasOwnProperty.call(message, "waypoint")) {
                    let error = $root.istio.workload.GatewayAddress.verify(message.waypoint, _depth + 1);
                    if (error)
                        return "waypoint." + error;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.canonicalName != null && $Object.hasOwnProperty.call(message, "canonicalName"))
                    if (!$util.isString(message.canonicalName))
                        return "canonicalName: string expected";
                if (message.canonicalRevision != null && $Object.hasOwnProperty.call(message, "canonicalRevision"))
                    if (!$util.isString(message.canonicalRevision))
                        return "canonicalRevision: string expected";
                if (message.workloadType != null && $Object.hasOwnProperty.call(message, "workloadType"))
                    if (typeof message.workloadType !== "number" || (message.workloadType | 0) !== message.workloadType)
                        return "workloadType: enum value expected";
                if (message.workloadName != null && $Object.hasOwnProperty.call(message, "workloadName"))
                    if (!$util.isString(message.workloadName))
                        return "workloadName: string expected";
                if (message.nativeTunnel != null && $Object.hasOwnProperty.call(message, "nativeTunnel"))
                    if (typeof message.nativeTunnel !== "boolean")
                        return "nativeTunnel: boolean expected";
                if (message.authorizationPolicies != null && $Object.hasOwnProperty.call(message, "authorizationPolicies")) {
                    if (!$Array.isArray(message.authorizationPolicies))
                        return "authorizationPolicies: array expected";
                    for (let i = 0; i < message.authorizationPolicies.length; ++i)
                        if (!$util.isString(message.authorizationPolicies[i]))
                            return "authorizationPolicies: string[] expected";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.networkGateway != null && $Object.hasOwnProperty.call(message, "networkGateway")) {
                    let error = $root.istio.workload.GatewayAddress.verify(message.networkGateway, _depth + 1);
                    if (error)
                        return "networkGateway." + error;
                }
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    if (!$util.isString(message.uid))
                        return "uid: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.services != null && $Object.hasOwnProperty.call(message, "services")) {
                    if (!$util.isObject(message.services))
                        return "services: object expected";
                    let key = $Object.keys(message.services);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.istio.workload.PortList.verify(message.services[key[i]], _depth + 1);
                        if (error)
                            return "services." + error;
                    }
                }
                if (message.applicationTunnel != null && $Object.hasOwnProperty.call(message, "applicationTunnel")) {
                    let error = $root.istio.workload.ApplicationTunnel.verify(message.applicationTunnel, _depth + 1);
                    if (error)
                        return "applicationTunnel." + error;
                }
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality")) {
                    let error = $root.istio.workload.Locality.verify(message.locality, _depth + 1);
                    if (error)
                        return "locality." + error;
                }
                if (message.networkMode != null && $Object.hasOwnProperty.call(message, "networkMode"))
                    if (typeof message.networkMode !== "number" || (message.networkMode | 0) !== message.networkMode)
                        return "networkMode: enum value expected";
                if (message.extensions != null && $Object.hasOwnProperty.call(message, "extensions")) {
                    if (!$Array.isArray(message.extensions))
                        return "extensions: array expected";
                    for (let i = 0; i < message.extensions.length; ++i) {
                        let error = $root.istio.workload.Extension.verify(message.extensions[i], _depth + 1);
                        if (error)
                            return "extensions." + error;
                    }
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity")) {
                    let error = $root.google.protobuf.UInt32Value.verify(message.capacity, _depth + 1);
                    if (error)
                        return "capacity." + error;
                }
                return null;
            };

            /**
             * Creates a Workload message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.Workload
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.Workload} Workload
             */
            Workload.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.Workload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.Workload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.Workload();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".istio.workload.Workload.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i)
                        if (typeof object.addresses[i] === "string")
                            $util.base64.decode(object.addresses[i], message.addresses[i] = $util.newBuffer($util.base64.length(object.addresses[i])), 0);
                        else if (object.addresses[i].length >= 0)
                            message.addresses[i] = object.addresses[i];
                }
                if (object.network != null)
                    if (typeof object.network !== "string" || object.network.length)
                        message.network = $String(object.network);
                if (object.tunnelProtocol !== 0 && (typeof object.tunnelProtocol !== "string" || $root.istio.workload.TunnelProtocol[object.tunnelProtocol] !== 0))
                    switch (object.tunnelProtocol) {
                    case "NONE":
                    case 0:
                        message.tunnelProtocol = 0;
                        break;
                    case "HBONE":
                    case 1:
                        message.tunnelProtocol = 1;
                        break;
                    case "LEGACY_ISTIO_MTLS":
                    case 2:
                        message.tunnelProtocol = 2;
                        break;
                    default:
                        if (typeof object.tunnelProtocol === "number" && (object.tunnelProtocol | 0) === object.tunnelProtocol)
                            message.tunnelProtocol = object.tunnelProtocol;
                    }
                if (object.trustDomain != null)
                    if (typeof object.trustDomain !== "string" || object.trustDomain.length)
                        message.trustDomain = $String(object.trustDomain);
                if (object.serviceAccount != null)
                    if (typeof object.serviceAccount !== "string" || object.serviceAccount.length)
                        message.serviceAccount = $String(object.serviceAccount);
                if (object.waypoint != null) {
                    if (!$util.isObject(object.waypoint))
                        throw $TypeError(".istio.workload.Workload.waypoint: object expected");
                    message.waypoint = $root.istio.workload.GatewayAddress.fromObject(object.waypoint, _depth + 1);
                }
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.canonicalName != null)
                    if (typeof object.canonicalName !== "string" || object.canonicalName.length)
                        message.canonicalName = $String(object.canonicalName);
                if (object.canonicalRevision != null)
                    if (typeof object.canonicalRevision !== "string" || object.canonicalRevision.length)
                        message.canonicalRevision = $String(object.canonicalRevision);
                if (object.workloadType !== 0 && (typeof object.workloadType !== "string" || $root.istio.workload.WorkloadType[object.workloadType] !== 0))
                    switch (object.workloadType) {
                    case "DEPLOYMENT":
                    case 0:
                        message.workloadType = 0;
                        break;
                    case "CRONJOB":
                    case 1:
                        message.workloadType = 1;
                        break;
                    case "POD":
                    case 2:
                        message.workloadType = 2;
                        break;
                    case "JOB":
                    case 3:
                        message.workloadType = 3;
                        break;
                    default:
                        if (typeof object.workloadType === "number" && (object.workloadType | 0) === object.workloadType)
                            message.workloadType = object.workloadType;
                    }
                if (object.workloadName != null)
                    if (typeof object.workloadName !== "string" || object.workloadName.length)
                        message.workloadName = $String(object.workloadName);
                if (object.nativeTunnel != null)
                    if (object.nativeTunnel)
                        message.nativeTunnel = $Boolean(object.nativeTunnel);
                if (object.authorizationPolicies) {
                    if (!$Array.isArray(object.authorizationPolicies))
                        throw $TypeError(".istio.workload.Workload.authorizationPolicies: array expected");
                    message.authorizationPolicies = $Array(object.authorizationPolicies.length);
                    for (let i = 0; i < object.authorizationPolicies.length; ++i)
                        message.authorizationPolicies[i] = $String(object.authorizationPolicies[i]);
                }
                if (object.status !== 0 && (typeof object.status !== "string" || $root.istio.workload.WorkloadStatus[object.status] !== 0))
                    switch (object.status) {
                    case "HEALTHY":
                    case 0:
                        message.status = 0;
                        break;
                    case "UNHEALTHY":
                    case 1:
                        message.status = 1;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.networkGateway != null) {
                    if (!$util.isObject(object.networkGateway))
                        throw $TypeError(".istio.workload.Workload.networkGateway: object expected");
                    message.networkGateway = $root.istio.workload.GatewayAddress.fromObject(object.networkGateway, _depth + 1);
                }
                if (object.uid != null)
                    if (typeof object.uid !== "string" || object.uid.length)
                        message.uid = $String(object.uid);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.services) {
                    if (!$util.isObject(object.services))
                        throw $TypeError(".istio.workload.Workload.services: object expected");
                    message.services = {};
                    for (let keys = $Object.keys(object.services), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.services, keys[i]);
                        if (!$util.isObject(object.services[keys[i]]))
                            throw $TypeError(".istio.workload.Workload.services: object expected");
                        message.services[keys[i]] = $root.istio.workload.PortList.fromObject(object.services[keys[i]], _depth + 1);
                    }
                }
                if (object.applicationTunnel != null) {
                    if (!$util.isObject(object.applicationTunnel))
                        throw $TypeError(".istio.workload.Workload.applicationTunnel: object expected");
                    message.applicationTunnel = $root.istio.workload.ApplicationTunnel.fromObject(object.applicationTunnel, _depth + 1);
                }
                if (object.locality != null) {
                    if (!$util.isObject(object.locality))
                        throw $TypeError(".istio.workload.Workload.locality: object expected");
                    message.locality = $root.istio.workload.Locality.fromObject(object.locality, _depth + 1);
                }
                if (object.networkMode !== 0 && (typeof object.networkMode !== "string" || $root.istio.workload.NetworkMode[object.networkMode] !== 0))
                    switch (object.networkMode) {
                    case "STANDARD":
                    case 0:
                        message.networkMode = 0;
                        break;
                    case "HOST_NETWORK":
                    case 1:
                        message.networkMode = 1;
                        break;
                    default:
                        if (typeof object.networkMode === "number" && (object.networkMode | 0) === object.networkMode)
                            message.networkMode = object.networkMode;
                    }
                if (object.extensions) {
                    if (!$Array.isArray(object.extensions))
                        throw $TypeError(".istio.workload.Workload.extensions: array expected");
                    message.extensions = $Array(object.extensions.length);
                    for (let i = 0; i < object.extensions.length; ++i) {
                        if (!$util.isObject(object.extensions[i]))
                            throw $TypeError(".istio.workload.Workload.extensions: object expected");
                        message.extensions[i] = $root.istio.workload.Extension.fromObject(object.extensions[i], _depth + 1);
                    }
                }
                if (object.capacity != null) {
                    if (!$util.isObject(object.capacity))
                        throw $TypeError(".istio.workload.Workload.capacity: object expected");
                    message.capacity = $root.google.protobuf.UInt32Value.fromObject(object.capacity, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Workload message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.Workload
             * @static
             * @param {istio.workload.Workload} message Workload
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Workload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.addresses = [];
                    object.authorizationPolicies = [];
                    object.extensions = [];
                }
                if (options.objects || options.defaults)
                    object.services = {};
                if (options.defaults) {
                    object.name = "";
                    object.namespace = "";
                    object.network = "";
                    object.tunnelProtocol = options.enums === $String ? "NONE" : 0;
                    object.trustDomain = "";
                    object.serviceAccount = "";
                    object.waypoint = null;
                    object.node = "";
                    object.canonicalName = "";
                    object.canonicalRevision = "";
                    object.workloadType = options.enums === $String ? "DEPLOYMENT" : 0;
                    object.workloadName = "";
                    object.nativeTunnel = false;
                    object.status = options.enums === $String ? "HEALTHY" : 0;
                    object.clusterId = "";
                    object.networkGateway = null;
                    object.uid = "";
                    object.hostname = "";
                    object.applicationTunnel = null;
                    object.locality = null;
                    object.networkMode = options.enums === $String ? "STANDARD" : 0;
                    object.capacity = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = options.bytes === $String ? $util.base64.encode(message.addresses[j], 0, message.addresses[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.addresses[j]) : message.addresses[j];
                }
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    object.network = message.network;
                if (message.tunnelProtocol != null && $Object.hasOwnProperty.call(message, "tunnelProtocol"))
                    object.tunnelProtocol = options.enums === $String ? $root.istio.workload.TunnelProtocol[message.tunnelProtocol] === $undefined ? message.tunnelProtocol : $root.istio.workload.TunnelProtocol[message.tunnelProtocol] : message.tunnelProtocol;
                if (message.trustDomain != null && $Object.hasOwnProperty.call(message, "trustDomain"))
                    object.trustDomain = message.trustDomain;
                if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount"))
                    object.serviceAccount = message.serviceAccount;
                if (message.waypoint != null && $Object.hasOwnProperty.call(message, "waypoint"))
                    object.waypoint = $root.istio.workload.GatewayAddress.toObject(message.waypoint, options, _depth + 1);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.canonicalName != null && $Object.hasOwnProperty.call(message, "canonicalName"))
                    object.canonicalName = message.canonicalName;
                if (message.canonicalRevision != null && $Object.hasOwnProperty.call(message, "canonicalRevision"))
                    object.canonicalRevision = message.canonicalRevision;
                if (message.workloadType != null && $Object.hasOwnProperty.call(message, "workloadType"))
                    object.workloadType = options.enums === $String ? $root.istio.workload.WorkloadType[message.workloadType] === $undefined ? message.workloadType : $root.istio.workload.WorkloadType[message.workloadType] : message.workloadType;
                if (message.workloadName != null && $Object.hasOwnProperty.call(message, "workloadName"))
                    object.workloadName = message.workloadName;
                if (message.nativeTunnel != null && $Object.hasOwnProperty.call(message, "nativeTunnel"))
                    object.nativeTunnel = message.nativeTunnel;
                if (message.authorizationPolicies && message.authorizationPolicies.length) {
                    object.authorizationPolicies = $Array(message.authorizationPolicies.length);
                    for (let j = 0; j < message.authorizationPolicies.length; ++j)
                        object.authorizationPolicies[j] = message.authorizationPolicies[j];
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.istio.workload.WorkloadStatus[message.status] === $undefined ? message.status : $root.istio.workload.WorkloadStatus[message.status] : message.status;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.networkGateway != null && $Object.hasOwnProperty.call(message, "networkGateway"))
                    object.networkGateway = $root.istio.workload.GatewayAddress.toObject(message.networkGateway, options, _depth + 1);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                    object.uid = message.uid;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                let keys2;
                if (message.services && (keys2 = $Object.keys(message.services)).length) {
                    object.services = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.services, keys2[j]);
                        object.services[keys2[j]] = $root.istio.workload.PortList.toObject(message.services[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.applicationTunnel != null && $Object.hasOwnProperty.call(message, "applicationTunnel"))
                    object.applicationTunnel = $root.istio.workload.ApplicationTunnel.toObject(message.applicationTunnel, options, _depth + 1);
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality"))
                    object.locality = $root.istio.workload.Locality.toObject(message.locality, options, _depth + 1);
                if (message.networkMode != null && $Object.hasOwnProperty.call(message, "networkMode"))
                    object.networkMode = options.enums === $String ? $root.istio.workload.NetworkMode[message.networkMode] === $undefined ? message.networkMode : $root.istio.workload.NetworkMode[message.networkMode] : message.networkMode;
                if (message.extensions && message.extensions.length) {
                    object.extensions = $Array(message.extensions.length);
                    for (let j = 0; j < message.extensions.length; ++j)
                        object.extensions[j] = $root.istio.workload.Extension.toObject(message.extensions[j], options, _depth + 1);
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    object.capacity = $root.google.protobuf.UInt32Value.toObject(message.capacity, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Workload to JSON.
             * @function toJSON
             * @memberof istio.workload.Workload
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Workload.prototype.toJSON = function() {
                return Workload.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Workload
             * @function getTypeUrl
             * @memberof istio.workload.Workload
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Workload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.Workload";
            };

            return Workload;
        })();

        workload.Locality = (function() {

            /**
             * Properties of a Locality.
             * @typedef {Object} istio.workload.Locality.$Properties
             * @property {string|null} [region] Locality region
             * @property {string|null} [zone] Locality zone
             * @property {string|null} [subzone] Locality subzone
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Locality.
             * @memberof istio.workload
             * @interface ILocality
             * @augments istio.workload.Locality.$Properties
             * @deprecated Use istio.workload.Locality.$Properties instead.
             */

            /**
             * Shape of a Locality.
             * @typedef {istio.workload.Locality.$Properties} istio.workload.Locality.$Shape
             */

            /**
             * Constructs a new Locality.
             * @memberof istio.workload
             * @classdesc Represents a Locality.
             * @constructor
             * @param {istio.workload.Locality.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Locality = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Locality region.
             * @member {string} region
             * @memberof istio.workload.Locality
             * @instance
             */
            Locality.prototype.region = "";

            /**
             * Locality zone.
             * @member {string} zone
             * @memberof istio.workload.Locality
             * @instance
             */
            Locality.prototype.zone = "";

            /**
             * Locality subzone.
             * @member {string} subzone
             * @memberof istio.workload.Locality
             * @instance
             */
            Locality.prototype.subzone = "";

            /**
             * Creates a new Locality instance using the specified properties.
             * @function create
             * @memberof istio.workload.Locality
             * @static
             * @param {istio.workload.Locality.$Properties=} [properties] Properties to set
             * @returns {istio.workload.Locality} Locality instance
             * @type {{
             *   (properties: istio.workload.Locality.$Shape): istio.workload.Locality & istio.workload.Locality.$Shape;
             *   (properties?: istio.workload.Locality.$Properties): istio.workload.Locality;
             * }}
             */
            Locality.create = function(properties) {
                return new Locality(properties);
            };

            /**
             * Encodes the specified Locality message. Does not implicitly {@link istio.workload.Locality.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.Locality
             * @static
             * @param {istio.workload.Locality.$Properties} message Locality message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Locality.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.region);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.zone);
                if (message.subzone != null && $Object.hasOwnProperty.call(message, "subzone") && message.subzone !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.subzone);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Locality message, length delimited. Does not implicitly {@link istio.workload.Locality.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.Locality
             * @static
             * @param {istio.workload.Locality.$Properties} message Locality message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Locality.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Locality message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.Locality
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.Locality & istio.workload.Locality.$Shape} Locality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Locality.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.Locality();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subzone = value;
                            else
                                delete message.subzone;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Locality message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.Locality
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.Locality & istio.workload.Locality.$Shape} Locality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Locality.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Locality message.
             * @function verify
             * @memberof istio.workload.Locality
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Locality.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    if (!$util.isString(message.region))
                        return "region: string expected";
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    if (!$util.isString(message.zone))
                        return "zone: string expected";
                if (message.subzone != null && $Object.hasOwnProperty.call(message, "subzone"))
                    if (!$util.isString(message.subzone))
                        return "subzone: string expected";
                return null;
            };

            /**
             * Creates a Locality message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.Locality
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.Locality} Locality
             */
            Locality.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.Locality)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.Locality: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.Locality();
                if (object.region != null)
                    if (typeof object.region !== "string" || object.region.length)
                        message.region = $String(object.region);
                if (object.zone != null)
                    if (typeof object.zone !== "string" || object.zone.length)
                        message.zone = $String(object.zone);
                if (object.subzone != null)
                    if (typeof object.subzone !== "string" || object.subzone.length)
                        message.subzone = $String(object.subzone);
                return message;
            };

            /**
             * Creates a plain object from a Locality message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.Locality
             * @static
             * @param {istio.workload.Locality} message Locality
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Locality.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.region = "";
                    object.zone = "";
                    object.subzone = "";
                }
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    object.region = message.region;
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    object.zone = message.zone;
                if (message.subzone != null && $Object.hasOwnProperty.call(message, "subzone"))
                    object.subzone = message.subzone;
                return object;
            };

            /**
             * Converts this Locality to JSON.
             * @function toJSON
             * @memberof istio.workload.Locality
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Locality.prototype.toJSON = function() {
                return Locality.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Locality
             * @function getTypeUrl
             * @memberof istio.workload.Locality
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Locality.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.Locality";
            };

            return Locality;
        })();

        /**
         * WorkloadStatus enum.
         * @name istio.workload.WorkloadStatus
         * @enum {number}
         * @property {number} HEALTHY=0 HEALTHY value
         * @property {number} UNHEALTHY=1 UNHEALTHY value
         */
        workload.WorkloadStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HEALTHY"] = 0;
            values[valuesById[1] = "UNHEALTHY"] = 1;
            return values;
        })();

        /**
         * WorkloadType enum.
         * @name istio.workload.WorkloadType
         * @enum {number}
         * @property {number} DEPLOYMENT=0 DEPLOYMENT value
         * @property {number} CRONJOB=1 CRONJOB value
         * @property {number} POD=2 POD value
         * @property {number} JOB=3 JOB value
         */
        workload.WorkloadType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEPLOYMENT"] = 0;
            values[valuesById[1] = "CRONJOB"] = 1;
            values[valuesById[2] = "POD"] = 2;
            values[valuesById[3] = "JOB"] = 3;
            return values;
        })();

        workload.PortList = (function() {

            /**
             * Properties of a PortList.
             * @typedef {Object} istio.workload.PortList.$Properties
             * @property {Array.<istio.workload.Port.$Properties>|null} [ports] PortList ports
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortList.
             * @memberof istio.workload
             * @interface IPortList
             * @augments istio.workload.PortList.$Properties
             * @deprecated Use istio.workload.PortList.$Properties instead.
             */

            /**
             * Shape of a PortList.
             * @typedef {istio.workload.PortList.$Properties} istio.workload.PortList.$Shape
             */

            /**
             * Constructs a new PortList.
             * @memberof istio.workload
             * @classdesc Represents a PortList.
             * @constructor
             * @param {istio.workload.PortList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PortList = function (properties) {
                this.ports = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PortList ports.
             * @member {Array.<istio.workload.Port.$Properties>} ports
             * @memberof istio.workload.PortList
             * @instance
             */
            PortList.prototype.ports = $util.emptyArray;

            /**
             * Creates a new PortList instance using the specified properties.
             * @function create
             * @memberof istio.workload.PortList
             * @static
             * @param {istio.workload.PortList.$Properties=} [properties] Properties to set
             * @returns {istio.workload.PortList} PortList instance
             * @type {{
             *   (properties: istio.workload.PortList.$Shape): istio.workload.PortList & istio.workload.PortList.$Shape;
             *   (properties?: istio.workload.PortList.$Properties): istio.workload.PortList;
             * }}
             */
            PortList.create = function(properties) {
                return new PortList(properties);
            };

            /**
             * Encodes the specified PortList message. Does not implicitly {@link istio.workload.PortList.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.PortList
             * @static
             * @param {istio.workload.PortList.$Properties} message PortList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ports != null && message.ports.length)
                    for (let i = 0; i < message.ports.length; ++i)
                        $root.istio.workload.Port.encode(message.ports[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PortList message, length delimited. Does not implicitly {@link istio.workload.PortList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.PortList
             * @static
             * @param {istio.workload.PortList.$Properties} message PortList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PortList message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.PortList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.PortList & istio.workload.PortList.$Shape} PortList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.PortList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push($root.istio.workload.Port.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PortList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.PortList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.PortList & istio.workload.PortList.$Shape} PortList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PortList message.
             * @function verify
             * @memberof istio.workload.PortList
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PortList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports")) {
                    if (!$Array.isArray(message.ports))
                        return "ports: array expected";
                    for (let i = 0; i < message.ports.length; ++i) {
                        let error = $root.istio.workload.Port.verify(message.ports[i], _depth + 1);
                        if (error)
                            return "ports." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PortList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.PortList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.PortList} PortList
             */
            PortList.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.PortList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.PortList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.PortList();
                if (object.ports) {
                    if (!$Array.isArray(object.ports))
                        throw $TypeError(".istio.workload.PortList.ports: array expected");
                    message.ports = $Array(object.ports.length);
                    for (let i = 0; i < object.ports.length; ++i) {
                        if (!$util.isObject(object.ports[i]))
                            throw $TypeError(".istio.workload.PortList.ports: object expected");
                        message.ports[i] = $root.istio.workload.Port.fromObject(object.ports[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PortList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.PortList
             * @static
             * @param {istio.workload.PortList} message PortList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ports = [];
                if (message.ports && message.ports.length) {
                    object.ports = $Array(message.ports.length);
                    for (let j = 0; j < message.ports.length; ++j)
                        object.ports[j] = $root.istio.workload.Port.toObject(message.ports[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PortList to JSON.
             * @function toJSON
             * @memberof istio.workload.PortList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortList.prototype.toJSON = function() {
                return PortList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PortList
             * @function getTypeUrl
             * @memberof istio.workload.PortList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PortList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.PortList";
            };

            return PortList;
        })();

        workload.Port = (function() {

            /**
             * Properties of a Port.
             * @typedef {Object} istio.workload.Port.$Properties
             * @property {number|null} [servicePort] Port servicePort
             * @property {number|null} [targetPort] Port targetPort
             * @property {istio.workload.AppProtocol|null} [appProtocol] Port appProtocol
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Port.
             * @memberof istio.workload
             * @interface IPort
             * @augments istio.workload.Port.$Properties
             * @deprecated Use istio.workload.Port.$Properties instead.
             */

            /**
             * Shape of a Port.
             * @typedef {istio.workload.Port.$Properties} istio.workload.Port.$Shape
             */

            /**
             * Constructs a new Port.
             * @memberof istio.workload
             * @classdesc Represents a Port.
             * @constructor
             * @param {istio.workload.Port.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Port = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Port servicePort.
             * @member {number} servicePort
             * @memberof istio.workload.Port
             * @instance
             */
            Port.prototype.servicePort = 0;

            /**
             * Port targetPort.
             * @member {number} targetPort
             * @memberof istio.workload.Port
             * @instance
             */
            Port.prototype.targetPort = 0;

            /**
             * Port appProtocol.
             * @member {istio.workload.AppProtocol} appProtocol
             * @memberof istio.workload.Port
             * @instance
             */
            Port.prototype.appProtocol = 0;

            /**
             * Creates a new Port instance using the specified properties.
             * @function create
             * @memberof istio.workload.Port
             * @static
             * @param {istio.workload.Port.$Properties=} [properties] Properties to set
             * @returns {istio.workload.Port} Port instance
             * @type {{
             *   (properties: istio.workload.Port.$Shape): istio.workload.Port & istio.workload.Port.$Shape;
             *   (properties?: istio.workload.Port.$Properties): istio.workload.Port;
             * }}
             */
            Port.create = function(properties) {
                return new Port(properties);
            };

            /**
             * Encodes the specified Port message. Does not implicitly {@link istio.workload.Port.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.Port
             * @static
             * @param {istio.workload.Port.$Properties} message Port message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Port.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.servicePort != null && $Object.hasOwnProperty.call(message, "servicePort") && message.servicePort !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.servicePort);
                if (message.targetPort != null && $Object.hasOwnProperty.call(message, "targetPort") && message.targetPort !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetPort);
                if (message.appProtocol != null && $Object.hasOwnProperty.call(message, "appProtocol") && message.appProtocol !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.appProtocol);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Port message, length delimited. Does not implicitly {@link istio.workload.Port.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.Port
             * @static
             * @param {istio.workload.Port.$Properties} message Port message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Port.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Port message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.Port
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.Port & istio.workload.Port.$Shape} Port
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Port.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.Port();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.servicePort = value;
                            else
                                delete message.servicePort;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.targetPort = value;
                            else
                                delete message.targetPort;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.appProtocol = value;
                            else
                                delete message.appProtocol;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Port message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.Port
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.Port & istio.workload.Port.$Shape} Port
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Port.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Port message.
             * @function verify
             * @memberof istio.workload.Port
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Port.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.servicePort != null && $Object.hasOwnProperty.call(message, "servicePort"))
                    if (!$util.isInteger(message.servicePort))
                        return "servicePort: integer expected";
                if (message.targetPort != null && $Object.hasOwnProperty.call(message, "targetPort"))
                    if (!$util.isInteger(message.targetPort))
                        return "targetPort: integer expected";
                if (message.appProtocol != null && $Object.hasOwnProperty.call(message, "appProtocol"))
                    if (typeof message.appProtocol !== "number" || (message.appProtocol | 0) !== message.appProtocol)
                        return "appProtocol: enum value expected";
                return null;
            };

            /**
             * Creates a Port message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.Port
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.Port} Port
             */
            Port.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.Port)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.Port: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.Port();
                if (object.servicePort != null)
                    if ($Number(object.servicePort) !== 0)
                        message.servicePort = object.servicePort >>> 0;
                if (object.targetPort != null)
                    if ($Number(object.targetPort) !== 0)
                        message.targetPort = object.targetPort >>> 0;
                if (object.appProtocol !== 0 && (typeof object.appProtocol !== "string" || $root.istio.workload.AppProtocol[object.appProtocol] !== 0))
                    switch (object.appProtocol) {
                    case "UNKNOWN":
                    case 0:
                        message.appProtocol = 0;
                        break;
                    case "HTTP11":
                    case 1:
                        message.appProtocol = 1;
                        break;
                    case "HTTP2":
                    case 2:
                        message.appProtocol = 2;
                        break;
                    case "GRPC":
                    case 3:
                        message.appProtocol = 3;
                        break;
                    case "TCP":
                    case 4:
                        message.appProtocol = 4;
                        break;
                    case "TLS":
                    case 5:
                        message.appProtocol = 5;
                        break;
                    default:
                        if (typeof object.appProtocol === "number" && (object.appProtocol | 0) === object.appProtocol)
                            message.appProtocol = object.appProtocol;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Port message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.Port
             * @static
             * @param {istio.workload.Port} message Port
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Port.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.servicePort = 0;
                    object.targetPort = 0;
                    object.appProtocol = options.enums === $String ? "UNKNOWN" : 0;
                }
                if (message.servicePort != null && $Object.hasOwnProperty.call(message, "servicePort"))
                    object.servicePort = message.servicePort;
                if (message.targetPort != null && $Object.hasOwnProperty.call(message, "targetPort"))
                    object.targetPort = message.targetPort;
                if (message.appProtocol != null && $Object.hasOwnProperty.call(message, "appProtocol"))
                    object.appProtocol = options.enums === $String ? $root.istio.workload.AppProtocol[message.appProtocol] === $undefined ? message.appProtocol : $root.istio.workload.AppProtocol[message.appProtocol] : message.appProtocol;
                return object;
            };

            /**
             * Converts this Port to JSON.
             * @function toJSON
             * @memberof istio.workload.Port
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Port.prototype.toJSON = function() {
                return Port.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Port
             * @function getTypeUrl
             * @memberof istio.workload.Port
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Port.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.Port";
            };

            return Port;
        })();

        /**
         * AppProtocol enum.
         * @name istio.workload.AppProtocol
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} HTTP11=1 HTTP11 value
         * @property {number} HTTP2=2 HTTP2 value
         * @property {number} GRPC=3 GRPC value
         * @property {number} TCP=4 TCP value
         * @property {number} TLS=5 TLS value
         */
        workload.AppProtocol = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "HTTP11"] = 1;
            values[valuesById[2] = "HTTP2"] = 2;
            values[valuesById[3] = "GRPC"] = 3;
            values[valuesById[4] = "TCP"] = 4;
            values[valuesById[5] = "TLS"] = 5;
            return values;
        })();

        /**
         * TunnelProtocol enum.
         * @name istio.workload.TunnelProtocol
         * @enum {number}
         * @property {number} NONE=0 NONE value
         * @property {number} HBONE=1 HBONE value
         * @property {number} LEGACY_ISTIO_MTLS=2 LEGACY_ISTIO_MTLS value
         */
        workload.TunnelProtocol = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NONE"] = 0;
            values[valuesById[1] = "HBONE"] = 1;
            values[valuesById[2] = "LEGACY_ISTIO_MTLS"] = 2;
            return values;
        })();

        workload.ApplicationTunnel = (function() {

            /**
             * Properties of an ApplicationTunnel.
             * @typedef {Object} istio.workload.ApplicationTunnel.$Properties
             * @property {istio.workload.ApplicationTunnel.Protocol|null} [protocol] ApplicationTunnel protocol
             * @property {number|null} [port] ApplicationTunnel port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApplicationTunnel.
             * @memberof istio.workload
             * @interface IApplicationTunnel
             * @augments istio.workload.ApplicationTunnel.$Properties
             * @deprecated Use istio.workload.ApplicationTunnel.$Properties instead.
             */

            /**
             * Shape of an ApplicationTunnel.
             * @typedef {istio.workload.ApplicationTunnel.$Properties} istio.workload.ApplicationTunnel.$Shape
             */

            /**
             * Constructs a new ApplicationTunnel.
             * @memberof istio.workload
             * @classdesc Represents an ApplicationTunnel.
             * @constructor
             * @param {istio.workload.ApplicationTunnel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApplicationTunnel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApplicationTunnel protocol.
             * @member {istio.workload.ApplicationTunnel.Protocol} protocol
             * @memberof istio.workload.ApplicationTunnel
             * @instance
             */
            ApplicationTunnel.prototype.protocol = 0;

            /**
             * ApplicationTunnel port.
             * @member {number} port
             * @memberof istio.workload.ApplicationTunnel
             * @instance
             */
            ApplicationTunnel.prototype.port = 0;

            /**
             * Creates a new ApplicationTunnel instance using the specified properties.
             * @function create
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {istio.workload.ApplicationTunnel.$Properties=} [properties] Properties to set
             * @returns {istio.workload.ApplicationTunnel} ApplicationTunnel instance
             * @type {{
             *   (properties: istio.workload.ApplicationTunnel.$Shape): istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape;
             *   (properties?: istio.workload.ApplicationTunnel.$Properties): istio.workload.ApplicationTunnel;
             * }}
             */
            ApplicationTunnel.create = function(properties) {
                return new ApplicationTunnel(properties);
            };

            /**
             * Encodes the specified ApplicationTunnel message. Does not implicitly {@link istio.workload.ApplicationTunnel.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {istio.workload.ApplicationTunnel.$Properties} message ApplicationTunnel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplicationTunnel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.protocol);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ApplicationTunnel message, length delimited. Does not implicitly {@link istio.workload.ApplicationTunnel.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {istio.workload.ApplicationTunnel.$Properties} message ApplicationTunnel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplicationTunnel.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ApplicationTunnel message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape} ApplicationTunnel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplicationTunnel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.ApplicationTunnel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ApplicationTunnel message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.ApplicationTunnel & istio.workload.ApplicationTunnel.$Shape} ApplicationTunnel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplicationTunnel.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ApplicationTunnel message.
             * @function verify
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ApplicationTunnel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (typeof message.protocol !== "number" || (message.protocol | 0) !== message.protocol)
                        return "protocol: enum value expected";
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                return null;
            };

            /**
             * Creates an ApplicationTunnel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.ApplicationTunnel} ApplicationTunnel
             */
            ApplicationTunnel.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.ApplicationTunnel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.ApplicationTunnel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.ApplicationTunnel();
                if (object.protocol !== 0 && (typeof object.protocol !== "string" || $root.istio.workload.ApplicationTunnel.Protocol[object.protocol] !== 0))
                    switch (object.protocol) {
                    case "NONE":
                    case 0:
                        message.protocol = 0;
                        break;
                    case "PROXY":
                    case 1:
                        message.protocol = 1;
                        break;
                    default:
                        if (typeof object.protocol === "number" && (object.protocol | 0) === object.protocol)
                            message.protocol = object.protocol;
                    }
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ApplicationTunnel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {istio.workload.ApplicationTunnel} message ApplicationTunnel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ApplicationTunnel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocol = options.enums === $String ? "NONE" : 0;
                    object.port = 0;
                }
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = options.enums === $String ? $root.istio.workload.ApplicationTunnel.Protocol[message.protocol] === $undefined ? message.protocol : $root.istio.workload.ApplicationTunnel.Protocol[message.protocol] : message.protocol;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this ApplicationTunnel to JSON.
             * @function toJSON
             * @memberof istio.workload.ApplicationTunnel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ApplicationTunnel.prototype.toJSON = function() {
                return ApplicationTunnel.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ApplicationTunnel
             * @function getTypeUrl
             * @memberof istio.workload.ApplicationTunnel
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ApplicationTunnel.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.ApplicationTunnel";
            };

            /**
             * Protocol enum.
             * @name istio.workload.ApplicationTunnel.Protocol
             * @enum {number}
             * @property {number} NONE=0 NONE value
             * @property {number} PROXY=1 PROXY value
             */
            ApplicationTunnel.Protocol = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NONE"] = 0;
                values[valuesById[1] = "PROXY"] = 1;
                return values;
            })();

            return ApplicationTunnel;
        })();

        workload.GatewayAddress = (function() {

            /**
             * Properties of a GatewayAddress.
             * @typedef {Object} istio.workload.GatewayAddress.$Properties
             * @property {istio.workload.NamespacedHostname.$Properties|null} [hostname] GatewayAddress hostname
             * @property {istio.workload.NetworkAddress.$Properties|null} [address] GatewayAddress address
             * @property {number|null} [hboneMtlsPort] GatewayAddress hboneMtlsPort
             * @property {"hostname"|"address"} [destination] GatewayAddress destination
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatewayAddress.
             * @memberof istio.workload
             * @interface IGatewayAddress
             * @augments istio.workload.GatewayAddress.$Properties
             * @deprecated Use istio.workload.GatewayAddress.$Properties instead.
             */

            /**
             * Narrowed shape of a GatewayAddress.
             * @typedef {{
             *   hostname?: istio.workload.NamespacedHostname.$Shape|null;
             *   address?: istio.workload.NetworkAddress.$Shape|null;
             *   hboneMtlsPort?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ destination?: undefined; hostname?: null; address?: null }|{ destination?: "hostname"; hostname: istio.workload.NamespacedHostname.$Shape; address?: null }|{ destination?: "address"; hostname?: null; address: istio.workload.NetworkAddress.$Shape })
             * )} istio.workload.GatewayAddress.$Shape
             */

            /**
             * Constructs a new GatewayAddress.
             * @memberof istio.workload
             * @classdesc Represents a GatewayAddress.
             * @constructor
             * @param {istio.workload.GatewayAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatewayAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GatewayAddress hostname.
             * @member {istio.workload.NamespacedHostname.$Properties|null|undefined} hostname
             * @memberof istio.workload.GatewayAddress
             * @instance
             */
            GatewayAddress.prototype.hostname = null;

            /**
             * GatewayAddress address.
             * @member {istio.workload.NetworkAddress.$Properties|null|undefined} address
             * @memberof istio.workload.GatewayAddress
             * @instance
             */
            GatewayAddress.prototype.address = null;

            /**
             * GatewayAddress hboneMtlsPort.
             * @member {number} hboneMtlsPort
             * @memberof istio.workload.GatewayAddress
             * @instance
             */
            GatewayAddress.prototype.hboneMtlsPort = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * GatewayAddress destination.
             * @member {"hostname"|"address"|undefined} destination
             * @memberof istio.workload.GatewayAddress
             * @instance
             */
            $Object.defineProperty(GatewayAddress.prototype, "destination", {
                get: $util.oneOfGetter($oneOfFields = ["hostname", "address"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GatewayAddress instance using the specified properties.
             * @function create
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {istio.workload.GatewayAddress.$Properties=} [properties] Properties to set
             * @returns {istio.workload.GatewayAddress} GatewayAddress instance
             * @type {{
             *   (properties: istio.workload.GatewayAddress.$Shape): istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape;
             *   (properties?: istio.workload.GatewayAddress.$Properties): istio.workload.GatewayAddress;
             * }}
             */
            GatewayAddress.create = function(properties) {
                return new GatewayAddress(properties);
            };

            /**
             * Encodes the specified GatewayAddress message. Does not implicitly {@link istio.workload.GatewayAddress.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {istio.workload.GatewayAddress.$Properties} message GatewayAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    $root.istio.workload.NamespacedHostname.encode(message.hostname, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    $root.istio.workload.NetworkAddress.encode(message.address, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.hboneMtlsPort != null && $Object.hasOwnProperty.call(message, "hboneMtlsPort") && message.hboneMtlsPort !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.hboneMtlsPort);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GatewayAddress message, length delimited. Does not implicitly {@link istio.workload.GatewayAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {istio.workload.GatewayAddress.$Properties} message GatewayAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GatewayAddress message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape} GatewayAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayAddress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.GatewayAddress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hostname = $root.istio.workload.NamespacedHostname.decode(reader, reader.size(), $undefined, _depth + 1, message.hostname);
                            message.destination = "hostname";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.address = $root.istio.workload.NetworkAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.address);
                            message.destination = "address";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hboneMtlsPort = value;
                            else
                                delete message.hboneMtlsPort;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GatewayAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.GatewayAddress & istio.workload.GatewayAddress.$Shape} GatewayAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GatewayAddress message.
             * @function verify
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GatewayAddress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname")) {
                    properties.destination = 1;
                    {
                        let error = $root.istio.workload.NamespacedHostname.verify(message.hostname, _depth + 1);
                        if (error)
                            return "hostname." + error;
                    }
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    if (properties.destination === 1)
                        return "destination: multiple values";
                    properties.destination = 1;
                    {
                        let error = $root.istio.workload.NetworkAddress.verify(message.address, _depth + 1);
                        if (error)
                            return "address." + error;
                    }
                }
                if (message.hboneMtlsPort != null && $Object.hasOwnProperty.call(message, "hboneMtlsPort"))
                    if (!$util.isInteger(message.hboneMtlsPort))
                        return "hboneMtlsPort: integer expected";
                return null;
            };

            /**
             * Creates a GatewayAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.GatewayAddress} GatewayAddress
             */
            GatewayAddress.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.GatewayAddress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.GatewayAddress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.GatewayAddress();
                if (object.hostname != null) {
                    if (!$util.isObject(object.hostname))
                        throw $TypeError(".istio.workload.GatewayAddress.hostname: object expected");
                    message.hostname = $root.istio.workload.NamespacedHostname.fromObject(object.hostname, _depth + 1);
                }
                if (object.address != null) {
                    if (!$util.isObject(object.address))
                        throw $TypeError(".istio.workload.GatewayAddress.address: object expected");
                    message.address = $root.istio.workload.NetworkAddress.fromObject(object.address, _depth + 1);
                }
                if (object.hboneMtlsPort != null)
                    if ($Number(object.hboneMtlsPort) !== 0)
                        message.hboneMtlsPort = object.hboneMtlsPort >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a GatewayAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {istio.workload.GatewayAddress} message GatewayAddress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatewayAddress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.hboneMtlsPort = 0;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname")) {
                    object.hostname = $root.istio.workload.NamespacedHostname.toObject(message.hostname, options, _depth + 1);
                    if (options.oneofs)
                        object.destination = "hostname";
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    object.address = $root.istio.workload.NetworkAddress.toObject(message.address, options, _depth + 1);
                    if (options.oneofs)
                        object.destination = "address";
                }
                if (message.hboneMtlsPort != null && $Object.hasOwnProperty.call(message, "hboneMtlsPort"))
                    object.hboneMtlsPort = message.hboneMtlsPort;
                return object;
            };

            /**
             * Converts this GatewayAddress to JSON.
             * @function toJSON
             * @memberof istio.workload.GatewayAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatewayAddress.prototype.toJSON = function() {
                return GatewayAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatewayAddress
             * @function getTypeUrl
             * @memberof istio.workload.GatewayAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatewayAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.GatewayAddress";
            };

            return GatewayAddress;
        })();

        workload.WeightedWaypoint = (function() {

            /**
             * Properties of a WeightedWaypoint.
             * @typedef {Object} istio.workload.WeightedWaypoint.$Properties
             * @property {istio.workload.GatewayAddress.$Properties|null} [destination] WeightedWaypoint destination
             * @property {number|null} [weight] WeightedWaypoint weight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WeightedWaypoint.
             * @memberof istio.workload
             * @interface IWeightedWaypoint
             * @augments istio.workload.WeightedWaypoint.$Properties
             * @deprecated Use istio.workload.WeightedWaypoint.$Properties instead.
             */

            /**
             * Shape of a WeightedWaypoint.
             * @typedef {{
             *   destination?: istio.workload.GatewayAddress.$Shape|null;
             *   weight?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} istio.workload.WeightedWaypoint.$Shape
             */

            /**
             * Constructs a new WeightedWaypoint.
             * @memberof istio.workload
             * @classdesc Represents a WeightedWaypoint.
             * @constructor
             * @param {istio.workload.WeightedWaypoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WeightedWaypoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WeightedWaypoint destination.
             * @member {istio.workload.GatewayAddress.$Properties|null|undefined} destination
             * @memberof istio.workload.WeightedWaypoint
             * @instance
             */
            WeightedWaypoint.prototype.destination = null;

            /**
             * WeightedWaypoint weight.
             * @member {number} weight
             * @memberof istio.workload.WeightedWaypoint
             * @instance
             */
            WeightedWaypoint.prototype.weight = 0;

            /**
             * Creates a new WeightedWaypoint instance using the specified properties.
             * @function create
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {istio.workload.WeightedWaypoint.$Properties=} [properties] Properties to set
             * @returns {istio.workload.WeightedWaypoint} WeightedWaypoint instance
             * @type {{
             *   (properties: istio.workload.WeightedWaypoint.$Shape): istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape;
             *   (properties?: istio.workload.WeightedWaypoint.$Properties): istio.workload.WeightedWaypoint;
             * }}
             */
            WeightedWaypoint.create = function(properties) {
                return new WeightedWaypoint(properties);
            };

            /**
             * Encodes the specified WeightedWaypoint message. Does not implicitly {@link istio.workload.WeightedWaypoint.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {istio.workload.WeightedWaypoint.$Properties} message WeightedWaypoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WeightedWaypoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.istio.workload.GatewayAddress.encode(message.destination, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && message.weight !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.weight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WeightedWaypoint message, length delimited. Does not implicitly {@link istio.workload.WeightedWaypoint.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {istio.workload.WeightedWaypoint.$Properties} message WeightedWaypoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WeightedWaypoint.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WeightedWaypoint message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape} WeightedWaypoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WeightedWaypoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.WeightedWaypoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.destination = $root.istio.workload.GatewayAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.weight = value;
                            else
                                delete message.weight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WeightedWaypoint message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.WeightedWaypoint & istio.workload.WeightedWaypoint.$Shape} WeightedWaypoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WeightedWaypoint.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WeightedWaypoint message.
             * @function verify
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WeightedWaypoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination")) {
                    let error = $root.istio.workload.GatewayAddress.verify(message.destination, _depth + 1);
                    if (error)
                        return "destination." + error;
                }
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                    if (!$util.isInteger(message.weight))
                        return "weight: integer expected";
                return null;
            };

            /**
             * Creates a WeightedWaypoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.WeightedWaypoint} WeightedWaypoint
             */
            WeightedWaypoint.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.WeightedWaypoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.WeightedWaypoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.WeightedWaypoint();
                if (object.destination != null) {
                    if (!$util.isObject(object.destination))
                        throw $TypeError(".istio.workload.WeightedWaypoint.destination: object expected");
                    message.destination = $root.istio.workload.GatewayAddress.fromObject(object.destination, _depth + 1);
                }
                if (object.weight != null)
                    if ($Number(object.weight) !== 0)
                        message.weight = object.weight >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a WeightedWaypoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {istio.workload.WeightedWaypoint} message WeightedWaypoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WeightedWaypoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.destination = null;
                    object.weight = 0;
                }
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    object.destination = $root.istio.workload.GatewayAddress.toObject(message.destination, options, _depth + 1);
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight"))
                    object.weight = message.weight;
                return object;
            };

            /**
             * Converts this WeightedWaypoint to JSON.
             * @function toJSON
             * @memberof istio.workload.WeightedWaypoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WeightedWaypoint.prototype.toJSON = function() {
                return WeightedWaypoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WeightedWaypoint
             * @function getTypeUrl
             * @memberof istio.workload.WeightedWaypoint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WeightedWaypoint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.WeightedWaypoint";
            };

            return WeightedWaypoint;
        })();

        workload.NetworkAddress = (function() {

            /**
             * Properties of a NetworkAddress.
             * @typedef {Object} istio.workload.NetworkAddress.$Properties
             * @property {string|null} [network] NetworkAddress network
             * @property {Uint8Array|null} [address] NetworkAddress address
             * @property {number|null} [length] NetworkAddress length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NetworkAddress.
             * @memberof istio.workload
             * @interface INetworkAddress
             * @augments istio.workload.NetworkAddress.$Properties
             * @deprecated Use istio.workload.NetworkAddress.$Properties instead.
             */

            /**
             * Shape of a NetworkAddress.
             * @typedef {istio.workload.NetworkAddress.$Properties} istio.workload.NetworkAddress.$Shape
             */

            /**
             * Constructs a new NetworkAddress.
             * @memberof istio.workload
             * @classdesc Represents a NetworkAddress.
             * @constructor
             * @param {istio.workload.NetworkAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NetworkAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NetworkAddress network.
             * @member {string} network
             * @memberof istio.workload.NetworkAddress
             * @instance
             */
            NetworkAddress.prototype.network = "";

            /**
             * NetworkAddress address.
             * @member {Uint8Array} address
             * @memberof istio.workload.NetworkAddress
             * @instance
             */
            NetworkAddress.prototype.address = $util.newBuffer([]);

            /**
             * NetworkAddress length.
             * @member {number|null|undefined} length
             * @memberof istio.workload.NetworkAddress
             * @instance
             */
            NetworkAddress.prototype.length = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NetworkAddress.prototype, "_length", {
                get: $util.oneOfGetter($oneOfFields = ["length"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NetworkAddress instance using the specified properties.
             * @function create
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {istio.workload.NetworkAddress.$Properties=} [properties] Properties to set
             * @returns {istio.workload.NetworkAddress} NetworkAddress instance
             * @type {{
             *   (properties: istio.workload.NetworkAddress.$Shape): istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape;
             *   (properties?: istio.workload.NetworkAddress.$Properties): istio.workload.NetworkAddress;
             * }}
             */
            NetworkAddress.create = function(properties) {
                return new NetworkAddress(properties);
            };

            /**
             * Encodes the specified NetworkAddress message. Does not implicitly {@link istio.workload.NetworkAddress.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {istio.workload.NetworkAddress.$Properties} message NetworkAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.network != null && $Object.hasOwnProperty.call(message, "network") && message.network !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.network);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.address);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.length);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NetworkAddress message, length delimited. Does not implicitly {@link istio.workload.NetworkAddress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {istio.workload.NetworkAddress.$Properties} message NetworkAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NetworkAddress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NetworkAddress message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape} NetworkAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkAddress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.NetworkAddress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.network = value;
                            else
                                delete message.network;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.length = reader.uint32();
                            message._length = "length";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NetworkAddress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.NetworkAddress & istio.workload.NetworkAddress.$Shape} NetworkAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NetworkAddress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NetworkAddress message.
             * @function verify
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NetworkAddress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    if (!$util.isString(message.network))
                        return "network: string expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!(message.address && typeof message.address.length === "number" || $util.isString(message.address)))
                        return "address: buffer expected";
                if (message.length != null && $Object.hasOwnProperty.call(message, "length")) {
                    properties._length = 1;
                    if (!$util.isInteger(message.length))
                        return "length: integer expected";
                }
                return null;
            };

            /**
             * Creates a NetworkAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.NetworkAddress} NetworkAddress
             */
            NetworkAddress.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.NetworkAddress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.NetworkAddress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.NetworkAddress();
                if (object.network != null)
                    if (typeof object.network !== "string" || object.network.length)
                        message.network = $String(object.network);
                if (object.address != null)
                    if (object.address.length)
                        if (typeof object.address === "string")
                            $util.base64.decode(object.address, message.address = $util.newBuffer($util.base64.length(object.address)), 0);
                        else if (object.address.length >= 0)
                            message.address = object.address;
                if (object.length != null)
                    message.length = object.length >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NetworkAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {istio.workload.NetworkAddress} message NetworkAddress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NetworkAddress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.network = "";
                    if (options.bytes === $String)
                        object.address = "";
                    else {
                        object.address = [];
                        if (options.bytes !== $Array)
                            object.address = $util.newBuffer(object.address);
                    }
                }
                if (message.network != null && $Object.hasOwnProperty.call(message, "network"))
                    object.network = message.network;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = options.bytes === $String ? $util.base64.encode(message.address, 0, message.address.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.address) : message.address;
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                return object;
            };

            /**
             * Converts this NetworkAddress to JSON.
             * @function toJSON
             * @memberof istio.workload.NetworkAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NetworkAddress.prototype.toJSON = function() {
                return NetworkAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NetworkAddress
             * @function getTypeUrl
             * @memberof istio.workload.NetworkAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NetworkAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.NetworkAddress";
            };

            return NetworkAddress;
        })();

        workload.NamespacedHostname = (function() {

            /**
             * Properties of a NamespacedHostname.
             * @typedef {Object} istio.workload.NamespacedHostname.$Properties
             * @property {string|null} [namespace] NamespacedHostname namespace
             * @property {string|null} [hostname] NamespacedHostname hostname
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamespacedHostname.
             * @memberof istio.workload
             * @interface INamespacedHostname
             * @augments istio.workload.NamespacedHostname.$Properties
             * @deprecated Use istio.workload.NamespacedHostname.$Properties instead.
             */

            /**
             * Shape of a NamespacedHostname.
             * @typedef {istio.workload.NamespacedHostname.$Properties} istio.workload.NamespacedHostname.$Shape
             */

            /**
             * Constructs a new NamespacedHostname.
             * @memberof istio.workload
             * @classdesc Represents a NamespacedHostname.
             * @constructor
             * @param {istio.workload.NamespacedHostname.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NamespacedHostname = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamespacedHostname namespace.
             * @member {string} namespace
             * @memberof istio.workload.NamespacedHostname
             * @instance
             */
            NamespacedHostname.prototype.namespace = "";

            /**
             * NamespacedHostname hostname.
             * @member {string} hostname
             * @memberof istio.workload.NamespacedHostname
             * @instance
             */
            NamespacedHostname.prototype.hostname = "";

            /**
             * Creates a new NamespacedHostname instance using the specified properties.
             * @function create
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {istio.workload.NamespacedHostname.$Properties=} [properties] Properties to set
             * @returns {istio.workload.NamespacedHostname} NamespacedHostname instance
             * @type {{
             *   (properties: istio.workload.NamespacedHostname.$Shape): istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape;
             *   (properties?: istio.workload.NamespacedHostname.$Properties): istio.workload.NamespacedHostname;
             * }}
             */
            NamespacedHostname.create = function(properties) {
                return new NamespacedHostname(properties);
            };

            /**
             * Encodes the specified NamespacedHostname message. Does not implicitly {@link istio.workload.NamespacedHostname.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {istio.workload.NamespacedHostname.$Properties} message NamespacedHostname message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamespacedHostname.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NamespacedHostname message, length delimited. Does not implicitly {@link istio.workload.NamespacedHostname.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {istio.workload.NamespacedHostname.$Properties} message NamespacedHostname message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamespacedHostname.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NamespacedHostname message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape} NamespacedHostname
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamespacedHostname.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.NamespacedHostname();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NamespacedHostname message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.NamespacedHostname & istio.workload.NamespacedHostname.$Shape} NamespacedHostname
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamespacedHostname.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NamespacedHostname message.
             * @function verify
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NamespacedHostname.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                return null;
            };

            /**
             * Creates a NamespacedHostname message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.NamespacedHostname} NamespacedHostname
             */
            NamespacedHostname.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.NamespacedHostname)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.NamespacedHostname: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.NamespacedHostname();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                return message;
            };

            /**
             * Creates a plain object from a NamespacedHostname message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {istio.workload.NamespacedHostname} message NamespacedHostname
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NamespacedHostname.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.hostname = "";
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                return object;
            };

            /**
             * Converts this NamespacedHostname to JSON.
             * @function toJSON
             * @memberof istio.workload.NamespacedHostname
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NamespacedHostname.prototype.toJSON = function() {
                return NamespacedHostname.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NamespacedHostname
             * @function getTypeUrl
             * @memberof istio.workload.NamespacedHostname
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NamespacedHostname.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.NamespacedHostname";
            };

            return NamespacedHostname;
        })();

        workload.Extension = (function() {

            /**
             * Properties of an Extension.
             * @typedef {Object} istio.workload.Extension.$Properties
             * @property {string|null} [name] Extension name
             * @property {google.protobuf.Any.$Properties|null} [config] Extension config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Extension.
             * @memberof istio.workload
             * @interface IExtension
             * @augments istio.workload.Extension.$Properties
             * @deprecated Use istio.workload.Extension.$Properties instead.
             */

            /**
             * Shape of an Extension.
             * @typedef {istio.workload.Extension.$Properties} istio.workload.Extension.$Shape
             */

            /**
             * Constructs a new Extension.
             * @memberof istio.workload
             * @classdesc Represents an Extension.
             * @constructor
             * @param {istio.workload.Extension.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Extension = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Extension name.
             * @member {string} name
             * @memberof istio.workload.Extension
             * @instance
             */
            Extension.prototype.name = "";

            /**
             * Extension config.
             * @member {google.protobuf.Any.$Properties|null|undefined} config
             * @memberof istio.workload.Extension
             * @instance
             */
            Extension.prototype.config = null;

            /**
             * Creates a new Extension instance using the specified properties.
             * @function create
             * @memberof istio.workload.Extension
             * @static
             * @param {istio.workload.Extension.$Properties=} [properties] Properties to set
             * @returns {istio.workload.Extension} Extension instance
             * @type {{
             *   (properties: istio.workload.Extension.$Shape): istio.workload.Extension & istio.workload.Extension.$Shape;
             *   (properties?: istio.workload.Extension.$Properties): istio.workload.Extension;
             * }}
             */
            Extension.create = function(properties) {
                return new Extension(properties);
            };

            /**
             * Encodes the specified Extension message. Does not implicitly {@link istio.workload.Extension.verify|verify} messages.
             * @function encode
             * @memberof istio.workload.Extension
             * @static
             * @param {istio.workload.Extension.$Properties} message Extension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Extension.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.google.protobuf.Any.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Extension message, length delimited. Does not implicitly {@link istio.workload.Extension.verify|verify} messages.
             * @function encodeDelimited
             * @memberof istio.workload.Extension
             * @static
             * @param {istio.workload.Extension.$Properties} message Extension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Extension.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Extension message from the specified reader or buffer.
             * @function decode
             * @memberof istio.workload.Extension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {istio.workload.Extension & istio.workload.Extension.$Shape} Extension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Extension.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.istio.workload.Extension();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Extension message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof istio.workload.Extension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {istio.workload.Extension & istio.workload.Extension.$Shape} Extension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Extension.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Extension message.
             * @function verify
             * @memberof istio.workload.Extension
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Extension.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.config != null && $Object.hasOwnProperty.call(message, "config")) {
                    let error = $root.google.protobuf.Any.verify(message.config, _depth + 1);
                    if (error)
                        return "config." + error;
                }
                return null;
            };

            /**
             * Creates an Extension message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof istio.workload.Extension
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {istio.workload.Extension} Extension
             */
            Extension.fromObject = function (object, _depth) {
                if (object instanceof $root.istio.workload.Extension)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".istio.workload.Extension: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.istio.workload.Extension();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".istio.workload.Extension.config: object expected");
                    message.config = $root.google.protobuf.Any.fromObject(object.config, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Extension message. Also converts values to other types if specified.
             * @function toObject
             * @memberof istio.workload.Extension
             * @static
             * @param {istio.workload.Extension} message Extension
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Extension.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.config = null;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.google.protobuf.Any.toObject(message.config, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Extension to JSON.
             * @function toJSON
             * @memberof istio.workload.Extension
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Extension.prototype.toJSON = function() {
                return Extension.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Extension
             * @function getTypeUrl
             * @memberof istio.workload.Extension
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Extension.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/istio.workload.Extension";
            };

            return Extension;
        })();

        workload.zds = (function() {

            /**
             * Namespace zds.
             * @memberof istio.workload
             * @namespace
             */
            const zds = {};

            /**
             * Version enum.
             * @name istio.workload.zds.Version
             * @enum {number}
             * @property {number} NOT_USED=0 NOT_USED value
             * @property {number} V1=1 V1 value
             */
            zds.Version = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NOT_USED"] = 0;
                values[valuesById[1] = "V1"] = 1;
                return values;
            })();

            zds.ZdsHello = (function() {

                /**
                 * Properties of a ZdsHello.
                 * @typedef {Object} istio.workload.zds.ZdsHello.$Properties
                 * @property {istio.workload.zds.Version|null} [version] ZdsHello version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ZdsHello.
                 * @memberof istio.workload.zds
                 * @interface IZdsHello
                 * @augments istio.workload.zds.ZdsHello.$Properties
                 * @deprecated Use istio.workload.zds.ZdsHello.$Properties instead.
                 */

                /**
                 * Shape of a ZdsHello.
                 * @typedef {istio.workload.zds.ZdsHello.$Properties} istio.workload.zds.ZdsHello.$Shape
                 */

                /**
                 * Constructs a new ZdsHello.
                 * @memberof istio.workload.zds
                 * @classdesc Represents a ZdsHello.
                 * @constructor
                 * @param {istio.workload.zds.ZdsHello.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ZdsHello = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ZdsHello version.
                 * @member {istio.workload.zds.Version} version
                 * @memberof istio.workload.zds.ZdsHello
                 * @instance
                 */
                ZdsHello.prototype.version = 0;

                /**
                 * Creates a new ZdsHello instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {istio.workload.zds.ZdsHello.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.ZdsHello} ZdsHello instance
                 * @type {{
                 *   (properties: istio.workload.zds.ZdsHello.$Shape): istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape;
                 *   (properties?: istio.workload.zds.ZdsHello.$Properties): istio.workload.zds.ZdsHello;
                 * }}
                 */
                ZdsHello.create = function(properties) {
                    return new ZdsHello(properties);
                };

                /**
                 * Encodes the specified ZdsHello message. Does not implicitly {@link istio.workload.zds.ZdsHello.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {istio.workload.zds.ZdsHello.$Properties} message ZdsHello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ZdsHello.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ZdsHello message, length delimited. Does not implicitly {@link istio.workload.zds.ZdsHello.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {istio.workload.zds.ZdsHello.$Properties} message ZdsHello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ZdsHello.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ZdsHello message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape} ZdsHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ZdsHello.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.ZdsHello();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a ZdsHello message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.ZdsHello & istio.workload.zds.ZdsHello.$Shape} ZdsHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ZdsHello.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ZdsHello message.
                 * @function verify
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ZdsHello.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        if (typeof message.version !== "number" || (message.version | 0) !== message.version)
                            return "version: enum value expected";
                    return null;
                };

                /**
                 * Creates a ZdsHello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.ZdsHello} ZdsHello
                 */
                ZdsHello.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.ZdsHello)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.ZdsHello: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.ZdsHello();
                    if (object.version !== 0 && (typeof object.version !== "string" || $root.istio.workload.zds.Version[object.version] !== 0))
                        switch (object.version) {
                        case "NOT_USED":
                        case 0:
                            message.version = 0;
                            break;
                        case "V1":
                        case 1:
                            message.version = 1;
                            break;
                        default:
                            if (typeof object.version === "number" && (object.version | 0) === object.version)
                                message.version = object.version;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a ZdsHello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {istio.workload.zds.ZdsHello} message ZdsHello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ZdsHello.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.version = options.enums === $String ? "NOT_USED" : 0;
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        object.version = options.enums === $String ? $root.istio.workload.zds.Version[message.version] === $undefined ? message.version : $root.istio.workload.zds.Version[message.version] : message.version;
                    return object;
                };

                /**
                 * Converts this ZdsHello to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.ZdsHello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ZdsHello.prototype.toJSON = function() {
                    return ZdsHello.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ZdsHello
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.ZdsHello
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ZdsHello.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.ZdsHello";
                };

                return ZdsHello;
            })();

            zds.WorkloadInfo = (function() {

                /**
                 * Properties of a WorkloadInfo.
                 * @typedef {Object} istio.workload.zds.WorkloadInfo.$Properties
                 * @property {string|null} [name] WorkloadInfo name
                 * @property {string|null} [namespace] WorkloadInfo namespace
                 * @property {string|null} [serviceAccount] WorkloadInfo serviceAccount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WorkloadInfo.
                 * @memberof istio.workload.zds
                 * @interface IWorkloadInfo
                 * @augments istio.workload.zds.WorkloadInfo.$Properties
                 * @deprecated Use istio.workload.zds.WorkloadInfo.$Properties instead.
                 */

                /**
                 * Shape of a WorkloadInfo.
                 * @typedef {istio.workload.zds.WorkloadInfo.$Properties} istio.workload.zds.WorkloadInfo.$Shape
                 */

                /**
                 * Constructs a new WorkloadInfo.
                 * @memberof istio.workload.zds
                 * @classdesc Represents a WorkloadInfo.
                 * @constructor
                 * @param {istio.workload.zds.WorkloadInfo.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WorkloadInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WorkloadInfo name.
                 * @member {string} name
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @instance
                 */
                WorkloadInfo.prototype.name = "";

                /**
                 * WorkloadInfo namespace.
                 * @member {string} namespace
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @instance
                 */
                WorkloadInfo.prototype.namespace = "";

                /**
                 * WorkloadInfo serviceAccount.
                 * @member {string} serviceAccount
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @instance
                 */
                WorkloadInfo.prototype.serviceAccount = "";

                /**
                 * Creates a new WorkloadInfo instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {istio.workload.zds.WorkloadInfo.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.WorkloadInfo} WorkloadInfo instance
                 * @type {{
                 *   (properties: istio.workload.zds.WorkloadInfo.$Shape): istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape;
                 *   (properties?: istio.workload.zds.WorkloadInfo.$Properties): istio.workload.zds.WorkloadInfo;
                 * }}
                 */
                WorkloadInfo.create = function(properties) {
                    return new WorkloadInfo(properties);
                };

                /**
                 * Encodes the specified WorkloadInfo message. Does not implicitly {@link istio.workload.zds.WorkloadInfo.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {istio.workload.zds.WorkloadInfo.$Properties} message WorkloadInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WorkloadInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                    if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount") && message.serviceAccount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.serviceAccount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified WorkloadInfo message, length delimited. Does not implicitly {@link istio.workload.zds.WorkloadInfo.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {istio.workload.zds.WorkloadInfo.$Properties} message WorkloadInfo message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WorkloadInfo.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a WorkloadInfo message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape} WorkloadInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WorkloadInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.WorkloadInfo();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.namespace = value;
                                else
                                    delete message.namespace;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.serviceAccount = value;
                                else
                                    delete message.serviceAccount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a WorkloadInfo message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.WorkloadInfo & istio.workload.zds.WorkloadInfo.$Shape} WorkloadInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WorkloadInfo.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a WorkloadInfo message.
                 * @function verify
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WorkloadInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                        if (!$util.isString(message.namespace))
                            return "namespace: string expected";
                    if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount"))
                        if (!$util.isString(message.serviceAccount))
                            return "serviceAccount: string expected";
                    return null;
                };

                /**
                 * Creates a WorkloadInfo message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.WorkloadInfo} WorkloadInfo
                 */
                WorkloadInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.WorkloadInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.WorkloadInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.WorkloadInfo();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.namespace != null)
                        if (typeof object.namespace !== "string" || object.namespace.length)
                            message.namespace = $String(object.namespace);
                    if (object.serviceAccount != null)
                        if (typeof object.serviceAccount !== "string" || object.serviceAccount.length)
                            message.serviceAccount = $String(object.serviceAccount);
                    return message;
                };

                /**
                 * Creates a plain object from a WorkloadInfo message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {istio.workload.zds.WorkloadInfo} message WorkloadInfo
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WorkloadInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.namespace = "";
                        object.serviceAccount = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                        object.namespace = message.namespace;
                    if (message.serviceAccount != null && $Object.hasOwnProperty.call(message, "serviceAccount"))
                        object.serviceAccount = message.serviceAccount;
                    return object;
                };

                /**
                 * Converts this WorkloadInfo to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WorkloadInfo.prototype.toJSON = function() {
                    return WorkloadInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WorkloadInfo
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.WorkloadInfo
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WorkloadInfo.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.WorkloadInfo";
                };

                return WorkloadInfo;
            })();

            zds.AddWorkload = (function() {

                /**
                 * Properties of an AddWorkload.
                 * @typedef {Object} istio.workload.zds.AddWorkload.$Properties
                 * @property {string|null} [uid] AddWorkload uid
                 * @property {istio.workload.zds.WorkloadInfo.$Properties|null} [workloadInfo] AddWorkload workloadInfo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddWorkload.
                 * @memberof istio.workload.zds
                 * @interface IAddWorkload
                 * @augments istio.workload.zds.AddWorkload.$Properties
                 * @deprecated Use istio.workload.zds.AddWorkload.$Properties instead.
                 */

                /**
                 * Shape of an AddWorkload.
                 * @typedef {istio.workload.zds.AddWorkload.$Properties} istio.workload.zds.AddWorkload.$Shape
                 */

                /**
                 * Constructs a new AddWorkload.
                 * @memberof istio.workload.zds
                 * @classdesc Represents an AddWorkload.
                 * @constructor
                 * @param {istio.workload.zds.AddWorkload.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddWorkload = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AddWorkload uid.
                 * @member {string} uid
                 * @memberof istio.workload.zds.AddWorkload
                 * @instance
                 */
                AddWorkload.prototype.uid = "";

                /**
                 * AddWorkload workloadInfo.
                 * @member {istio.workload.zds.WorkloadInfo.$Properties|null|undefined} workloadInfo
                 * @memberof istio.workload.zds.AddWorkload
                 * @instance
                 */
                AddWorkload.prototype.workloadInfo = null;

                /**
                 * Creates a new AddWorkload instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {istio.workload.zds.AddWorkload.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.AddWorkload} AddWorkload instance
                 * @type {{
                 *   (properties: istio.workload.zds.AddWorkload.$Shape): istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape;
                 *   (properties?: istio.workload.zds.AddWorkload.$Properties): istio.workload.zds.AddWorkload;
                 * }}
                 */
                AddWorkload.create = function(properties) {
                    return new AddWorkload(properties);
                };

                /**
                 * Encodes the specified AddWorkload message. Does not implicitly {@link istio.workload.zds.AddWorkload.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {istio.workload.zds.AddWorkload.$Properties} message AddWorkload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddWorkload.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
                    if (message.workloadInfo != null && $Object.hasOwnProperty.call(message, "workloadInfo"))
                        $root.istio.workload.zds.WorkloadInfo.encode(message.workloadInfo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AddWorkload message, length delimited. Does not implicitly {@link istio.workload.zds.AddWorkload.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {istio.workload.zds.AddWorkload.$Properties} message AddWorkload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddWorkload.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AddWorkload message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape} AddWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddWorkload.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.AddWorkload();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uid = value;
                                else
                                    delete message.uid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.workloadInfo = $root.istio.workload.zds.WorkloadInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.workloadInfo);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an AddWorkload message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.AddWorkload & istio.workload.zds.AddWorkload.$Shape} AddWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddWorkload.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AddWorkload message.
                 * @function verify
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AddWorkload.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        if (!$util.isString(message.uid))
                            return "uid: string expected";
                    if (message.workloadInfo != null && $Object.hasOwnProperty.call(message, "workloadInfo")) {
                        let error = $root.istio.workload.zds.WorkloadInfo.verify(message.workloadInfo, _depth + 1);
                        if (error)
                            return "workloadInfo." + error;
                    }
                    return null;
                };

                /**
                 * Creates an AddWorkload message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.AddWorkload} AddWorkload
                 */
                AddWorkload.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.AddWorkload)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.AddWorkload: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.AddWorkload();
                    if (object.uid != null)
                        if (typeof object.uid !== "string" || object.uid.length)
                            message.uid = $String(object.uid);
                    if (object.workloadInfo != null) {
                        if (!$util.isObject(object.workloadInfo))
                            throw $TypeError(".istio.workload.zds.AddWorkload.workloadInfo: object expected");
                        message.workloadInfo = $root.istio.workload.zds.WorkloadInfo.fromObject(object.workloadInfo, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AddWorkload message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {istio.workload.zds.AddWorkload} message AddWorkload
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AddWorkload.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.uid = "";
                        object.workloadInfo = null;
                    }
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        object.uid = message.uid;
                    if (message.workloadInfo != null && $Object.hasOwnProperty.call(message, "workloadInfo"))
                        object.workloadInfo = $root.istio.workload.zds.WorkloadInfo.toObject(message.workloadInfo, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this AddWorkload to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.AddWorkload
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AddWorkload.prototype.toJSON = function() {
                    return AddWorkload.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AddWorkload
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.AddWorkload
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AddWorkload.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.AddWorkload";
                };

                return AddWorkload;
            })();

            zds.KeepWorkload = (function() {

                /**
                 * Properties of a KeepWorkload.
                 * @typedef {Object} istio.workload.zds.KeepWorkload.$Properties
                 * @property {string|null} [uid] KeepWorkload uid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KeepWorkload.
                 * @memberof istio.workload.zds
                 * @interface IKeepWorkload
                 * @augments istio.workload.zds.KeepWorkload.$Properties
                 * @deprecated Use istio.workload.zds.KeepWorkload.$Properties instead.
                 */

                /**
                 * Shape of a KeepWorkload.
                 * @typedef {istio.workload.zds.KeepWorkload.$Properties} istio.workload.zds.KeepWorkload.$Shape
                 */

                /**
                 * Constructs a new KeepWorkload.
                 * @memberof istio.workload.zds
                 * @classdesc Represents a KeepWorkload.
                 * @constructor
                 * @param {istio.workload.zds.KeepWorkload.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KeepWorkload = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * KeepWorkload uid.
                 * @member {string} uid
                 * @memberof istio.workload.zds.KeepWorkload
                 * @instance
                 */
                KeepWorkload.prototype.uid = "";

                /**
                 * Creates a new KeepWorkload instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {istio.workload.zds.KeepWorkload.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.KeepWorkload} KeepWorkload instance
                 * @type {{
                 *   (properties: istio.workload.zds.KeepWorkload.$Shape): istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape;
                 *   (properties?: istio.workload.zds.KeepWorkload.$Properties): istio.workload.zds.KeepWorkload;
                 * }}
                 */
                KeepWorkload.create = function(properties) {
                    return new KeepWorkload(properties);
                };

                /**
                 * Encodes the specified KeepWorkload message. Does not implicitly {@link istio.workload.zds.KeepWorkload.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {istio.workload.zds.KeepWorkload.$Properties} message KeepWorkload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeepWorkload.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.uid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified KeepWorkload message, length delimited. Does not implicitly {@link istio.workload.zds.KeepWorkload.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {istio.workload.zds.KeepWorkload.$Properties} message KeepWorkload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeepWorkload.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a KeepWorkload message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape} KeepWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KeepWorkload.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.KeepWorkload();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uid = value;
                                else
                                    delete message.uid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a KeepWorkload message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.KeepWorkload & istio.workload.zds.KeepWorkload.$Shape} KeepWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KeepWorkload.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a KeepWorkload message.
                 * @function verify
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                KeepWorkload.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        if (!$util.isString(message.uid))
                            return "uid: string expected";
                    return null;
                };

                /**
                 * Creates a KeepWorkload message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.KeepWorkload} KeepWorkload
                 */
                KeepWorkload.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.KeepWorkload)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.KeepWorkload: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.KeepWorkload();
                    if (object.uid != null)
                        if (typeof object.uid !== "string" || object.uid.length)
                            message.uid = $String(object.uid);
                    return message;
                };

                /**
                 * Creates a plain object from a KeepWorkload message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {istio.workload.zds.KeepWorkload} message KeepWorkload
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                KeepWorkload.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.uid = "";
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        object.uid = message.uid;
                    return object;
                };

                /**
                 * Converts this KeepWorkload to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.KeepWorkload
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                KeepWorkload.prototype.toJSON = function() {
                    return KeepWorkload.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for KeepWorkload
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.KeepWorkload
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KeepWorkload.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.KeepWorkload";
                };

                return KeepWorkload;
            })();

            zds.DelWorkload = (function() {

                /**
                 * Properties of a DelWorkload.
                 * @typedef {Object} istio.workload.zds.DelWorkload.$Properties
                 * @property {string|null} [uid] DelWorkload uid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DelWorkload.
                 * @memberof istio.workload.zds
                 * @interface IDelWorkload
                 * @augments istio.workload.zds.DelWorkload.$Properties
                 * @deprecated Use istio.workload.zds.DelWorkload.$Properties instead.
                 */

                /**
                 * Shape of a DelWorkload.
                 * @typedef {istio.workload.zds.DelWorkload.$Properties} istio.workload.zds.DelWorkload.$Shape
                 */

                /**
                 * Constructs a new DelWorkload.
                 * @memberof istio.workload.zds
                 * @classdesc Represents a DelWorkload.
                 * @constructor
                 * @param {istio.workload.zds.DelWorkload.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DelWorkload = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DelWorkload uid.
                 * @member {string} uid
                 * @memberof istio.workload.zds.DelWorkload
                 * @instance
                 */
                DelWorkload.prototype.uid = "";

                /**
                 * Creates a new DelWorkload instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {istio.workload.zds.DelWorkload.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.DelWorkload} DelWorkload instance
                 * @type {{
                 *   (properties: istio.workload.zds.DelWorkload.$Shape): istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape;
                 *   (properties?: istio.workload.zds.DelWorkload.$Properties): istio.workload.zds.DelWorkload;
                 * }}
                 */
                DelWorkload.create = function(properties) {
                    return new DelWorkload(properties);
                };

                /**
                 * Encodes the specified DelWorkload message. Does not implicitly {@link istio.workload.zds.DelWorkload.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {istio.workload.zds.DelWorkload.$Properties} message DelWorkload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DelWorkload.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.uid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DelWorkload message, length delimited. Does not implicitly {@link istio.workload.zds.DelWorkload.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {istio.workload.zds.DelWorkload.$Properties} message DelWorkload message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DelWorkload.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DelWorkload message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape} DelWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DelWorkload.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.DelWorkload();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.uid = value;
                                else
                                    delete message.uid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a DelWorkload message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.DelWorkload & istio.workload.zds.DelWorkload.$Shape} DelWorkload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DelWorkload.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DelWorkload message.
                 * @function verify
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DelWorkload.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        if (!$util.isString(message.uid))
                            return "uid: string expected";
                    return null;
                };

                /**
                 * Creates a DelWorkload message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.DelWorkload} DelWorkload
                 */
                DelWorkload.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.DelWorkload)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.DelWorkload: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.DelWorkload();
                    if (object.uid != null)
                        if (typeof object.uid !== "string" || object.uid.length)
                            message.uid = $String(object.uid);
                    return message;
                };

                /**
                 * Creates a plain object from a DelWorkload message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {istio.workload.zds.DelWorkload} message DelWorkload
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DelWorkload.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.uid = "";
                    if (message.uid != null && $Object.hasOwnProperty.call(message, "uid"))
                        object.uid = message.uid;
                    return object;
                };

                /**
                 * Converts this DelWorkload to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.DelWorkload
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DelWorkload.prototype.toJSON = function() {
                    return DelWorkload.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DelWorkload
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.DelWorkload
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DelWorkload.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.DelWorkload";
                };

                return DelWorkload;
            })();

            zds.SnapshotSent = (function() {

                /**
                 * Properties of a SnapshotSent.
                 * @typedef {Object} istio.workload.zds.SnapshotSent.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotSent.
                 * @memberof istio.workload.zds
                 * @interface ISnapshotSent
                 * @augments istio.workload.zds.SnapshotSent.$Properties
                 * @deprecated Use istio.workload.zds.SnapshotSent.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotSent.
                 * @typedef {istio.workload.zds.SnapshotSent.$Properties} istio.workload.zds.SnapshotSent.$Shape
                 */

                /**
                 * Constructs a new SnapshotSent.
                 * @memberof istio.workload.zds
                 * @classdesc Represents a SnapshotSent.
                 * @constructor
                 * @param {istio.workload.zds.SnapshotSent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotSent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new SnapshotSent instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {istio.workload.zds.SnapshotSent.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.SnapshotSent} SnapshotSent instance
                 * @type {{
                 *   (properties: istio.workload.zds.SnapshotSent.$Shape): istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape;
                 *   (properties?: istio.workload.zds.SnapshotSent.$Properties): istio.workload.zds.SnapshotSent;
                 * }}
                 */
                SnapshotSent.create = function(properties) {
                    return new SnapshotSent(properties);
                };

                /**
                 * Encodes the specified SnapshotSent message. Does not implicitly {@link istio.workload.zds.SnapshotSent.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {istio.workload.zds.SnapshotSent.$Properties} message SnapshotSent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotSent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotSent message, length delimited. Does not implicitly {@link istio.workload.zds.SnapshotSent.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {istio.workload.zds.SnapshotSent.$Properties} message SnapshotSent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotSent.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotSent message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape} SnapshotSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotSent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.SnapshotSent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a SnapshotSent message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.SnapshotSent & istio.workload.zds.SnapshotSent.$Shape} SnapshotSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotSent.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotSent message.
                 * @function verify
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotSent.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a SnapshotSent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.SnapshotSent} SnapshotSent
                 */
                SnapshotSent.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.SnapshotSent)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.SnapshotSent: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.istio.workload.zds.SnapshotSent();
                };

                /**
                 * Creates a plain object from a SnapshotSent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {istio.workload.zds.SnapshotSent} message SnapshotSent
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotSent.toObject = function () {
                    return {};
                };

                /**
                 * Converts this SnapshotSent to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.SnapshotSent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotSent.prototype.toJSON = function() {
                    return SnapshotSent.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotSent
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.SnapshotSent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotSent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.SnapshotSent";
                };

                return SnapshotSent;
            })();

            zds.Ack = (function() {

                /**
                 * Properties of an Ack.
                 * @typedef {Object} istio.workload.zds.Ack.$Properties
                 * @property {string|null} [error] Ack error
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Ack.
                 * @memberof istio.workload.zds
                 * @interface IAck
                 * @augments istio.workload.zds.Ack.$Properties
                 * @deprecated Use istio.workload.zds.Ack.$Properties instead.
                 */

                /**
                 * Shape of an Ack.
                 * @typedef {istio.workload.zds.Ack.$Properties} istio.workload.zds.Ack.$Shape
                 */

                /**
                 * Constructs a new Ack.
                 * @memberof istio.workload.zds
                 * @classdesc Represents an Ack.
                 * @constructor
                 * @param {istio.workload.zds.Ack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ack = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Ack error.
                 * @member {string} error
                 * @memberof istio.workload.zds.Ack
                 * @instance
                 */
                Ack.prototype.error = "";

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {istio.workload.zds.Ack.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.Ack} Ack instance
                 * @type {{
                 *   (properties: istio.workload.zds.Ack.$Shape): istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape;
                 *   (properties?: istio.workload.zds.Ack.$Properties): istio.workload.zds.Ack;
                 * }}
                 */
                Ack.create = function(properties) {
                    return new Ack(properties);
                };

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link istio.workload.zds.Ack.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {istio.workload.zds.Ack.$Properties} message Ack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ack.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.error);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Ack message, length delimited. Does not implicitly {@link istio.workload.zds.Ack.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {istio.workload.zds.Ack.$Properties} message Ack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ack.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ack.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.Ack();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an Ack message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.Ack & istio.workload.zds.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ack.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Ack message.
                 * @function verify
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Ack.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        if (!$util.isString(message.error))
                            return "error: string expected";
                    return null;
                };

                /**
                 * Creates an Ack message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.Ack} Ack
                 */
                Ack.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.Ack)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.Ack: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.Ack();
                    if (object.error != null)
                        if (typeof object.error !== "string" || object.error.length)
                            message.error = $String(object.error);
                    return message;
                };

                /**
                 * Creates a plain object from an Ack message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {istio.workload.zds.Ack} message Ack
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ack.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.error = "";
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        object.error = message.error;
                    return object;
                };

                /**
                 * Converts this Ack to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.Ack
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ack.prototype.toJSON = function() {
                    return Ack.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Ack
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.Ack
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Ack.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.Ack";
                };

                return Ack;
            })();

            zds.WorkloadRequest = (function() {

                /**
                 * Properties of a WorkloadRequest.
                 * @typedef {Object} istio.workload.zds.WorkloadRequest.$Properties
                 * @property {istio.workload.zds.AddWorkload.$Properties|null} [add] WorkloadRequest add
                 * @property {istio.workload.zds.DelWorkload.$Properties|null} [del] WorkloadRequest del
                 * @property {istio.workload.zds.SnapshotSent.$Properties|null} [snapshotSent] WorkloadRequest snapshotSent
                 * @property {istio.workload.zds.KeepWorkload.$Properties|null} [keep] WorkloadRequest keep
                 * @property {"add"|"del"|"snapshotSent"|"keep"} [payload] WorkloadRequest payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WorkloadRequest.
                 * @memberof istio.workload.zds
                 * @interface IWorkloadRequest
                 * @augments istio.workload.zds.WorkloadRequest.$Properties
                 * @deprecated Use istio.workload.zds.WorkloadRequest.$Properties instead.
                 */

                /**
                 * Narrowed shape of a WorkloadRequest.
                 * @typedef {{
                 *   add?: istio.workload.zds.AddWorkload.$Shape|null;
                 *   del?: istio.workload.zds.DelWorkload.$Shape|null;
                 *   snapshotSent?: istio.workload.zds.SnapshotSent.$Shape|null;
                 *   keep?: istio.workload.zds.KeepWorkload.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; add?: null; del?: null; snapshotSent?: null; keep?: null }|{ payload?: "add"; add: istio.workload.zds.AddWorkload.$Shape; del?: null; snapshotSent?: null; keep?: null }|{ payload?: "del"; add?: null; del: istio.workload.zds.DelWorkload.$Shape; snapshotSent?: null; keep?: null }|{ payload?: "snapshotSent"; add?: null; del?: null; snapshotSent: istio.workload.zds.SnapshotSent.$Shape; keep?: null }|{ payload?: "keep"; add?: null; del?: null; snapshotSent?: null; keep: istio.workload.zds.KeepWorkload.$Shape })
                 * )} istio.workload.zds.WorkloadRequest.$Shape
                 */

                /**
                 * Constructs a new WorkloadRequest.
                 * @memberof istio.workload.zds
                 * @classdesc Represents a WorkloadRequest.
                 * @constructor
                 * @param {istio.workload.zds.WorkloadRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WorkloadRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WorkloadRequest add.
                 * @member {istio.workload.zds.AddWorkload.$Properties|null|undefined} add
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @instance
                 */
                WorkloadRequest.prototype.add = null;

                /**
                 * WorkloadRequest del.
                 * @member {istio.workload.zds.DelWorkload.$Properties|null|undefined} del
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @instance
                 */
                WorkloadRequest.prototype.del = null;

                /**
                 * WorkloadRequest snapshotSent.
                 * @member {istio.workload.zds.SnapshotSent.$Properties|null|undefined} snapshotSent
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @instance
                 */
                WorkloadRequest.prototype.snapshotSent = null;

                /**
                 * WorkloadRequest keep.
                 * @member {istio.workload.zds.KeepWorkload.$Properties|null|undefined} keep
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @instance
                 */
                WorkloadRequest.prototype.keep = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * WorkloadRequest payload.
                 * @member {"add"|"del"|"snapshotSent"|"keep"|undefined} payload
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @instance
                 */
                $Object.defineProperty(WorkloadRequest.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["add", "del", "snapshotSent", "keep"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WorkloadRequest instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {istio.workload.zds.WorkloadRequest.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.WorkloadRequest} WorkloadRequest instance
                 * @type {{
                 *   (properties: istio.workload.zds.WorkloadRequest.$Shape): istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape;
                 *   (properties?: istio.workload.zds.WorkloadRequest.$Properties): istio.workload.zds.WorkloadRequest;
                 * }}
                 */
                WorkloadRequest.create = function(properties) {
                    return new WorkloadRequest(properties);
                };

                /**
                 * Encodes the specified WorkloadRequest message. Does not implicitly {@link istio.workload.zds.WorkloadRequest.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {istio.workload.zds.WorkloadRequest.$Properties} message WorkloadRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WorkloadRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.add != null && $Object.hasOwnProperty.call(message, "add"))
                        $root.istio.workload.zds.AddWorkload.encode(message.add, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.del != null && $Object.hasOwnProperty.call(message, "del"))
                        $root.istio.workload.zds.DelWorkload.encode(message.del, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.snapshotSent != null && $Object.hasOwnProperty.call(message, "snapshotSent"))
                        $root.istio.workload.zds.SnapshotSent.encode(message.snapshotSent, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.keep != null && $Object.hasOwnProperty.call(message, "keep"))
                        $root.istio.workload.zds.KeepWorkload.encode(message.keep, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified WorkloadRequest message, length delimited. Does not implicitly {@link istio.workload.zds.WorkloadRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {istio.workload.zds.WorkloadRequest.$Properties} message WorkloadRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WorkloadRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a WorkloadRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape} WorkloadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WorkloadRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.WorkloadRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.add = $root.istio.workload.zds.AddWorkload.decode(reader, reader.size(), $undefined, _depth + 1, message.add);
                                message.payload = "add";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.del = $root.istio.workload.zds.DelWorkload.decode(reader, reader.size(), $undefined, _depth + 1, message.del);
                                message.payload = "del";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.snapshotSent = $root.istio.workload.zds.SnapshotSent.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotSent);
                                message.payload = "snapshotSent";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.keep = $root.istio.workload.zds.KeepWorkload.decode(reader, reader.size(), $undefined, _depth + 1, message.keep);
                                message.payload = "keep";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a WorkloadRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.WorkloadRequest & istio.workload.zds.WorkloadRequest.$Shape} WorkloadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WorkloadRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a WorkloadRequest message.
                 * @function verify
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WorkloadRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.add != null && $Object.hasOwnProperty.call(message, "add")) {
                        properties.payload = 1;
                        {
                            let error = $root.istio.workload.zds.AddWorkload.verify(message.add, _depth + 1);
                            if (error)
                                return "add." + error;
                        }
                    }
                    if (message.del != null && $Object.hasOwnProperty.call(message, "del")) {
                        if (properties.payload === 1)
                            return "payload: multiple values";
                        properties.payload = 1;
                        {
                            let error = $root.istio.workload.zds.DelWorkload.verify(message.del, _depth + 1);
                            if (error)
                                return "del." + error;
                        }
                    }
                    if (message.snapshotSent != null && $Object.hasOwnProperty.call(message, "snapshotSent")) {
                        if (properties.payload === 1)
                            return "payload: multiple values";
                        properties.payload = 1;
                        {
                            let error = $root.istio.workload.zds.SnapshotSent.verify(message.snapshotSent, _depth + 1);
                            if (error)
                                return "snapshotSent." + error;
                        }
                    }
                    if (message.keep != null && $Object.hasOwnProperty.call(message, "keep")) {
                        if (properties.payload === 1)
                            return "payload: multiple values";
                        properties.payload = 1;
                        {
                            let error = $root.istio.workload.zds.KeepWorkload.verify(message.keep, _depth + 1);
                            if (error)
                                return "keep." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a WorkloadRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.WorkloadRequest} WorkloadRequest
                 */
                WorkloadRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.WorkloadRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.WorkloadRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.WorkloadRequest();
                    if (object.add != null) {
                        if (!$util.isObject(object.add))
                            throw $TypeError(".istio.workload.zds.WorkloadRequest.add: object expected");
                        message.add = $root.istio.workload.zds.AddWorkload.fromObject(object.add, _depth + 1);
                    }
                    if (object.del != null) {
                        if (!$util.isObject(object.del))
                            throw $TypeError(".istio.workload.zds.WorkloadRequest.del: object expected");
                        message.del = $root.istio.workload.zds.DelWorkload.fromObject(object.del, _depth + 1);
                    }
                    if (object.snapshotSent != null) {
                        if (!$util.isObject(object.snapshotSent))
                            throw $TypeError(".istio.workload.zds.WorkloadRequest.snapshotSent: object expected");
                        message.snapshotSent = $root.istio.workload.zds.SnapshotSent.fromObject(object.snapshotSent, _depth + 1);
                    }
                    if (object.keep != null) {
                        if (!$util.isObject(object.keep))
                            throw $TypeError(".istio.workload.zds.WorkloadRequest.keep: object expected");
                        message.keep = $root.istio.workload.zds.KeepWorkload.fromObject(object.keep, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a WorkloadRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {istio.workload.zds.WorkloadRequest} message WorkloadRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WorkloadRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.add != null && $Object.hasOwnProperty.call(message, "add")) {
                        object.add = $root.istio.workload.zds.AddWorkload.toObject(message.add, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "add";
                    }
                    if (message.del != null && $Object.hasOwnProperty.call(message, "del")) {
                        object.del = $root.istio.workload.zds.DelWorkload.toObject(message.del, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "del";
                    }
                    if (message.snapshotSent != null && $Object.hasOwnProperty.call(message, "snapshotSent")) {
                        object.snapshotSent = $root.istio.workload.zds.SnapshotSent.toObject(message.snapshotSent, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "snapshotSent";
                    }
                    if (message.keep != null && $Object.hasOwnProperty.call(message, "keep")) {
                        object.keep = $root.istio.workload.zds.KeepWorkload.toObject(message.keep, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "keep";
                    }
                    return object;
                };

                /**
                 * Converts this WorkloadRequest to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WorkloadRequest.prototype.toJSON = function() {
                    return WorkloadRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WorkloadRequest
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.WorkloadRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WorkloadRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.WorkloadRequest";
                };

                return WorkloadRequest;
            })();

            zds.WorkloadResponse = (function() {

                /**
                 * Properties of a WorkloadResponse.
                 * @typedef {Object} istio.workload.zds.WorkloadResponse.$Properties
                 * @property {istio.workload.zds.Ack.$Properties|null} [ack] WorkloadResponse ack
                 * @property {"ack"} [payload] WorkloadResponse payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WorkloadResponse.
                 * @memberof istio.workload.zds
                 * @interface IWorkloadResponse
                 * @augments istio.workload.zds.WorkloadResponse.$Properties
                 * @deprecated Use istio.workload.zds.WorkloadResponse.$Properties instead.
                 */

                /**
                 * Narrowed shape of a WorkloadResponse.
                 * @typedef {{
                 *   ack?: istio.workload.zds.Ack.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ payload?: undefined; ack?: null }|{ payload?: "ack"; ack: istio.workload.zds.Ack.$Shape })
                 * )} istio.workload.zds.WorkloadResponse.$Shape
                 */

                /**
                 * Constructs a new WorkloadResponse.
                 * @memberof istio.workload.zds
                 * @classdesc Represents a WorkloadResponse.
                 * @constructor
                 * @param {istio.workload.zds.WorkloadResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WorkloadResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WorkloadResponse ack.
                 * @member {istio.workload.zds.Ack.$Properties|null|undefined} ack
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @instance
                 */
                WorkloadResponse.prototype.ack = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * WorkloadResponse payload.
                 * @member {"ack"|undefined} payload
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @instance
                 */
                $Object.defineProperty(WorkloadResponse.prototype, "payload", {
                    get: $util.oneOfGetter($oneOfFields = ["ack"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new WorkloadResponse instance using the specified properties.
                 * @function create
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {istio.workload.zds.WorkloadResponse.$Properties=} [properties] Properties to set
                 * @returns {istio.workload.zds.WorkloadResponse} WorkloadResponse instance
                 * @type {{
                 *   (properties: istio.workload.zds.WorkloadResponse.$Shape): istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape;
                 *   (properties?: istio.workload.zds.WorkloadResponse.$Properties): istio.workload.zds.WorkloadResponse;
                 * }}
                 */
                WorkloadResponse.create = function(properties) {
                    return new WorkloadResponse(properties);
                };

                /**
                 * Encodes the specified WorkloadResponse message. Does not implicitly {@link istio.workload.zds.WorkloadResponse.verify|verify} messages.
                 * @function encode
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {istio.workload.zds.WorkloadResponse.$Properties} message WorkloadResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WorkloadResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                        $root.istio.workload.zds.Ack.encode(message.ack, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified WorkloadResponse message, length delimited. Does not implicitly {@link istio.workload.zds.WorkloadResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {istio.workload.zds.WorkloadResponse.$Properties} message WorkloadResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WorkloadResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a WorkloadResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape} WorkloadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WorkloadResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.workload.zds.WorkloadResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.ack = $root.istio.workload.zds.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                                message.payload = "ack";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a WorkloadResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.workload.zds.WorkloadResponse & istio.workload.zds.WorkloadResponse.$Shape} WorkloadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WorkloadResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a WorkloadResponse message.
                 * @function verify
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                WorkloadResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                        properties.payload = 1;
                        {
                            let error = $root.istio.workload.zds.Ack.verify(message.ack, _depth + 1);
                            if (error)
                                return "ack." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a WorkloadResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.workload.zds.WorkloadResponse} WorkloadResponse
                 */
                WorkloadResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.workload.zds.WorkloadResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.workload.zds.WorkloadResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.workload.zds.WorkloadResponse();
                    if (object.ack != null) {
                        if (!$util.isObject(object.ack))
                            throw $TypeError(".istio.workload.zds.WorkloadResponse.ack: object expected");
                        message.ack = $root.istio.workload.zds.Ack.fromObject(object.ack, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a WorkloadResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {istio.workload.zds.WorkloadResponse} message WorkloadResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                WorkloadResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                        object.ack = $root.istio.workload.zds.Ack.toObject(message.ack, options, _depth + 1);
                        if (options.oneofs)
                            object.payload = "ack";
                    }
                    return object;
                };

                /**
                 * Converts this WorkloadResponse to JSON.
                 * @function toJSON
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                WorkloadResponse.prototype.toJSON = function() {
                    return WorkloadResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for WorkloadResponse
                 * @function getTypeUrl
                 * @memberof istio.workload.zds.WorkloadResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WorkloadResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.workload.zds.WorkloadResponse";
                };

                return WorkloadResponse;
            })();

            return zds;
        })();

        return workload;
    })();

    istio.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof istio
         * @namespace
         */
        const v1 = {};

        v1.auth = (function() {

            /**
             * Namespace auth.
             * @memberof istio.v1
             * @namespace
             */
            const auth = {};

            auth.IstioCertificateRequest = (function() {

                /**
                 * Properties of an IstioCertificateRequest.
                 * @typedef {Object} istio.v1.auth.IstioCertificateRequest.$Properties
                 * @property {string|null} [csr] IstioCertificateRequest csr
                 * @property {number|null} [validityDuration] IstioCertificateRequest validityDuration
                 * @property {google.protobuf.Struct.$Properties|null} [metadata] IstioCertificateRequest metadata
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an IstioCertificateRequest.
                 * @memberof istio.v1.auth
                 * @interface IIstioCertificateRequest
                 * @augments istio.v1.auth.IstioCertificateRequest.$Properties
                 * @deprecated Use istio.v1.auth.IstioCertificateRequest.$Properties instead.
                 */

                /**
                 * Shape of an IstioCertificateRequest.
                 * @typedef {{
                 *   csr?: string|null;
                 *   validityDuration?: number|null;
                 *   metadata?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} istio.v1.auth.IstioCertificateRequest.$Shape
                 */

                /**
                 * Constructs a new IstioCertificateRequest.
                 * @memberof istio.v1.auth
                 * @classdesc Represents an IstioCertificateRequest.
                 * @constructor
                 * @param {istio.v1.auth.IstioCertificateRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const IstioCertificateRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * IstioCertificateRequest csr.
                 * @member {string} csr
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @instance
                 */
                IstioCertificateRequest.prototype.csr = "";

                /**
                 * IstioCertificateRequest validityDuration.
                 * @member {number} validityDuration
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @instance
                 */
                IstioCertificateRequest.prototype.validityDuration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * IstioCertificateRequest metadata.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} metadata
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @instance
                 */
                IstioCertificateRequest.prototype.metadata = null;

                /**
                 * Creates a new IstioCertificateRequest instance using the specified properties.
                 * @function create
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {istio.v1.auth.IstioCertificateRequest.$Properties=} [properties] Properties to set
                 * @returns {istio.v1.auth.IstioCertificateRequest} IstioCertificateRequest instance
                 * @type {{
                 *   (properties: istio.v1.auth.IstioCertificateRequest.$Shape): istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape;
                 *   (properties?: istio.v1.auth.IstioCertificateRequest.$Properties): istio.v1.auth.IstioCertificateRequest;
                 * }}
                 */
                IstioCertificateRequest.create = function(properties) {
                    return new IstioCertificateRequest(properties);
                };

                /**
                 * Encodes the specified IstioCertificateRequest message. Does not implicitly {@link istio.v1.auth.IstioCertificateRequest.verify|verify} messages.
                 * @function encode
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {istio.v1.auth.IstioCertificateRequest.$Properties} message IstioCertificateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IstioCertificateRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.csr != null && $Object.hasOwnProperty.call(message, "csr") && message.csr !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.csr);
                    if (message.validityDuration != null && $Object.hasOwnProperty.call(message, "validityDuration") && (typeof message.validityDuration === "object" ? message.validityDuration.low || message.validityDuration.high : message.validityDuration !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.validityDuration);
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        $root.google.protobuf.Struct.encode(message.metadata, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified IstioCertificateRequest message, length delimited. Does not implicitly {@link istio.v1.auth.IstioCertificateRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {istio.v1.auth.IstioCertificateRequest.$Properties} message IstioCertificateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IstioCertificateRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an IstioCertificateRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape} IstioCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IstioCertificateRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.v1.auth.IstioCertificateRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.csr = value;
                                else
                                    delete message.csr;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validityDuration = value;
                                else
                                    delete message.validityDuration;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.metadata = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an IstioCertificateRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.v1.auth.IstioCertificateRequest & istio.v1.auth.IstioCertificateRequest.$Shape} IstioCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IstioCertificateRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an IstioCertificateRequest message.
                 * @function verify
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                IstioCertificateRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.csr != null && $Object.hasOwnProperty.call(message, "csr"))
                        if (!$util.isString(message.csr))
                            return "csr: string expected";
                    if (message.validityDuration != null && $Object.hasOwnProperty.call(message, "validityDuration"))
                        if (!$util.isInteger(message.validityDuration) && !(message.validityDuration && $util.isInteger(message.validityDuration.low) && $util.isInteger(message.validityDuration.high)))
                            return "validityDuration: integer|Long expected";
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                        let error = $root.google.protobuf.Struct.verify(message.metadata, _depth + 1);
                        if (error)
                            return "metadata." + error;
                    }
                    return null;
                };

                /**
                 * Creates an IstioCertificateRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.v1.auth.IstioCertificateRequest} IstioCertificateRequest
                 */
                IstioCertificateRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.v1.auth.IstioCertificateRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.v1.auth.IstioCertificateRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.v1.auth.IstioCertificateRequest();
                    if (object.csr != null)
                        if (typeof object.csr !== "string" || object.csr.length)
                            message.csr = $String(object.csr);
                    if (object.validityDuration != null)
                        if (typeof object.validityDuration === "object" ? object.validityDuration.low || object.validityDuration.high : $Number(object.validityDuration) !== 0)
                            if ($util.Long)
                                message.validityDuration = $util.Long.fromValue(object.validityDuration, false);
                            else if (typeof object.validityDuration === "string")
                                message.validityDuration = $parseInt(object.validityDuration, 10);
                            else if (typeof object.validityDuration === "number")
                                message.validityDuration = object.validityDuration;
                            else if (typeof object.validityDuration === "object")
                                message.validityDuration = new $util.LongBits(object.validityDuration.low >>> 0, object.validityDuration.high >>> 0).toNumber();
                    if (object.metadata != null) {
                        if (!$util.isObject(object.metadata))
                            throw $TypeError(".istio.v1.auth.IstioCertificateRequest.metadata: object expected");
                        message.metadata = $root.google.protobuf.Struct.fromObject(object.metadata, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an IstioCertificateRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {istio.v1.auth.IstioCertificateRequest} message IstioCertificateRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                IstioCertificateRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.csr = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.validityDuration = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.validityDuration = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.metadata = null;
                    }
                    if (message.csr != null && $Object.hasOwnProperty.call(message, "csr"))
                        object.csr = message.csr;
                    if (message.validityDuration != null && $Object.hasOwnProperty.call(message, "validityDuration"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.validityDuration = typeof message.validityDuration === "number" ? $BigInt(message.validityDuration) : $util.Long.fromBits(message.validityDuration.low >>> 0, message.validityDuration.high >>> 0, false).toBigInt();
                        else if (typeof message.validityDuration === "number")
                            object.validityDuration = options.longs === $String ? $String(message.validityDuration) : message.validityDuration;
                        else
                            object.validityDuration = options.longs === $String ? $util.Long.prototype.toString.call(message.validityDuration) : options.longs === $Number ? new $util.LongBits(message.validityDuration.low >>> 0, message.validityDuration.high >>> 0).toNumber() : message.validityDuration;
                    if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                        object.metadata = $root.google.protobuf.Struct.toObject(message.metadata, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this IstioCertificateRequest to JSON.
                 * @function toJSON
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                IstioCertificateRequest.prototype.toJSON = function() {
                    return IstioCertificateRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for IstioCertificateRequest
                 * @function getTypeUrl
                 * @memberof istio.v1.auth.IstioCertificateRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                IstioCertificateRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.v1.auth.IstioCertificateRequest";
                };

                return IstioCertificateRequest;
            })();

            auth.IstioCertificateResponse = (function() {

                /**
                 * Properties of an IstioCertificateResponse.
                 * @typedef {Object} istio.v1.auth.IstioCertificateResponse.$Properties
                 * @property {Array.<string>|null} [certChain] IstioCertificateResponse certChain
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an IstioCertificateResponse.
                 * @memberof istio.v1.auth
                 * @interface IIstioCertificateResponse
                 * @augments istio.v1.auth.IstioCertificateResponse.$Properties
                 * @deprecated Use istio.v1.auth.IstioCertificateResponse.$Properties instead.
                 */

                /**
                 * Shape of an IstioCertificateResponse.
                 * @typedef {istio.v1.auth.IstioCertificateResponse.$Properties} istio.v1.auth.IstioCertificateResponse.$Shape
                 */

                /**
                 * Constructs a new IstioCertificateResponse.
                 * @memberof istio.v1.auth
                 * @classdesc Represents an IstioCertificateResponse.
                 * @constructor
                 * @param {istio.v1.auth.IstioCertificateResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const IstioCertificateResponse = function (properties) {
                    this.certChain = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * IstioCertificateResponse certChain.
                 * @member {Array.<string>} certChain
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @instance
                 */
                IstioCertificateResponse.prototype.certChain = $util.emptyArray;

                /**
                 * Creates a new IstioCertificateResponse instance using the specified properties.
                 * @function create
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {istio.v1.auth.IstioCertificateResponse.$Properties=} [properties] Properties to set
                 * @returns {istio.v1.auth.IstioCertificateResponse} IstioCertificateResponse instance
                 * @type {{
                 *   (properties: istio.v1.auth.IstioCertificateResponse.$Shape): istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape;
                 *   (properties?: istio.v1.auth.IstioCertificateResponse.$Properties): istio.v1.auth.IstioCertificateResponse;
                 * }}
                 */
                IstioCertificateResponse.create = function(properties) {
                    return new IstioCertificateResponse(properties);
                };

                /**
                 * Encodes the specified IstioCertificateResponse message. Does not implicitly {@link istio.v1.auth.IstioCertificateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {istio.v1.auth.IstioCertificateResponse.$Properties} message IstioCertificateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IstioCertificateResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.certChain != null && message.certChain.length)
                        for (let i = 0; i < message.certChain.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.certChain[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified IstioCertificateResponse message, length delimited. Does not implicitly {@link istio.v1.auth.IstioCertificateResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {istio.v1.auth.IstioCertificateResponse.$Properties} message IstioCertificateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IstioCertificateResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an IstioCertificateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape} IstioCertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IstioCertificateResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.istio.v1.auth.IstioCertificateResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.certChain && message.certChain.length))
                                    message.certChain = [];
                                message.certChain.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes an IstioCertificateResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {istio.v1.auth.IstioCertificateResponse & istio.v1.auth.IstioCertificateResponse.$Shape} IstioCertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IstioCertificateResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an IstioCertificateResponse message.
                 * @function verify
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                IstioCertificateResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.certChain != null && $Object.hasOwnProperty.call(message, "certChain")) {
                        if (!$Array.isArray(message.certChain))
                            return "certChain: array expected";
                        for (let i = 0; i < message.certChain.length; ++i)
                            if (!$util.isString(message.certChain[i]))
                                return "certChain: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an IstioCertificateResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {istio.v1.auth.IstioCertificateResponse} IstioCertificateResponse
                 */
                IstioCertificateResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.istio.v1.auth.IstioCertificateResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".istio.v1.auth.IstioCertificateResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.istio.v1.auth.IstioCertificateResponse();
                    if (object.certChain) {
                        if (!$Array.isArray(object.certChain))
                            throw $TypeError(".istio.v1.auth.IstioCertificateResponse.certChain: array expected");
                        message.certChain = $Array(object.certChain.length);
                        for (let i = 0; i < object.certChain.length; ++i)
                            message.certChain[i] = $String(object.certChain[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an IstioCertificateResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {istio.v1.auth.IstioCertificateResponse} message IstioCertificateResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                IstioCertificateResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.certChain = [];
                    if (message.certChain && message.certChain.length) {
                        object.certChain = $Array(message.certChain.length);
                        for (let j = 0; j < message.certChain.length; ++j)
                            object.certChain[j] = message.certChain[j];
                    }
                    return object;
                };

                /**
                 * Converts this IstioCertificateResponse to JSON.
                 * @function toJSON
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                IstioCertificateResponse.prototype.toJSON = function() {
                    return IstioCertificateResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for IstioCertificateResponse
                 * @function getTypeUrl
                 * @memberof istio.v1.auth.IstioCertificateResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                IstioCertificateResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/istio.v1.auth.IstioCertificateResponse";
                };

                return IstioCertificateResponse;
            })();

            auth.IstioCertificateService = (function() {

                /**
                 * Constructs a new IstioCertificateService service.
                 * @memberof istio.v1.auth
                 * @classdesc Represents an IstioCertificateService
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                const IstioCertificateService = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(IstioCertificateService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: IstioCertificateService, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new IstioCertificateService service using the specified rpc implementation.
                 * @function create
                 * @memberof istio.v1.auth.IstioCertificateService
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {IstioCertificateService} RPC service. Useful where requests and/or responses are streamed.
                 */
                IstioCertificateService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link istio.v1.auth.IstioCertificateService#createCertificate}.
                 * @memberof istio.v1.auth.IstioCertificateService
                 * @typedef CreateCertificateCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {istio.v1.auth.IstioCertificateResponse} [response] IstioCertificateResponse
                 */

                /**
                 * Calls CreateCertificate.
                 * @memberof istio.v1.auth.IstioCertificateService
                 * @typedef CreateCertificate
                 * @type {{
                 *   (request: istio.v1.auth.IIstioCertificateRequest, callback: istio.v1.auth.IstioCertificateService.CreateCertificateCallback): void;
                 *   (request: istio.v1.auth.IIstioCertificateRequest): Promise<istio.v1.auth.IstioCertificateResponse>;
                 *   readonly name: "CreateCertificate";
                 *   readonly path: "/istio.v1.auth.IstioCertificateService/CreateCertificate";
                 *   readonly requestType: "IstioCertificateRequest";
                 *   readonly responseType: "IstioCertificateResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls CreateCertificate.
                 * @name istio.v1.auth.IstioCertificateService#createCertificate
                 * @type {istio.v1.auth.IstioCertificateService.CreateCertificate}
                 */
                $Object.defineProperties(IstioCertificateService.prototype.createCertificate = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, IstioCertificateService.prototype.createCertificate, $root.istio.v1.auth.IstioCertificateRequest, $root.istio.v1.auth.IstioCertificateResponse, request, callback);
                }, {
                    name: { value: "CreateCertificate" },
                    path: { value: "/istio.v1.auth.IstioCertificateService/CreateCertificate" },
                    requestType: { value: "IstioCertificateRequest" },
                    responseType: { value: "IstioCertificateResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return IstioCertificateService;
            })();

            return auth;
        })();

        return v1;
    })();

    return istio;
})();

export const envoy = $root.envoy = (() => {

    /**
     * Namespace envoy.
     * @exports envoy
     * @namespace
     */
    const envoy = {};

    envoy.service = (function() {

        /**
         * Namespace service.
         * @memberof envoy
         * @namespace
         */
        const service = {};

        service.discovery = (function() {

            /**
             * Namespace discovery.
             * @memberof envoy.service
             * @namespace
             */
            const discovery = {};

            discovery.v3 = (function() {

                /**
                 * Namespace v3.
                 * @memberof envoy.service.discovery
                 * @namespace
                 */
                const v3 = {};

                v3.Node = (function() {

                    /**
                     * Properties of a Node.
                     * @typedef {Object} envoy.service.discovery.v3.Node.$Properties
                     * @property {string|null} [id] Node id
                     * @property {string|null} [cluster] Node cluster
                     * @property {google.protobuf.Struct.$Properties|null} [metadata] Node metadata
                     * @property {string|null} [userAgentName] Node userAgentName
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Node.
                     * @memberof envoy.service.discovery.v3
                     * @interface INode
                     * @augments envoy.service.discovery.v3.Node.$Properties
                     * @deprecated Use envoy.service.discovery.v3.Node.$Properties instead.
                     */

                    /**
                     * Shape of a Node.
                     * @typedef {{
                     *   id?: string|null;
                     *   cluster?: string|null;
                     *   metadata?: google.protobuf.Struct.$Shape|null;
                     *   userAgentName?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} envoy.service.discovery.v3.Node.$Shape
                     */

                    /**
                     * Constructs a new Node.
                     * @memberof envoy.service.discovery.v3
                     * @classdesc Represents a Node.
                     * @constructor
                     * @param {envoy.service.discovery.v3.Node.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Node = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Node id.
                     * @member {string} id
                     * @memberof envoy.service.discovery.v3.Node
                     * @instance
                     */
                    Node.prototype.id = "";

                    /**
                     * Node cluster.
                     * @member {string} cluster
                     * @memberof envoy.service.discovery.v3.Node
                     * @instance
                     */
                    Node.prototype.cluster = "";

                    /**
                     * Node metadata.
                     * @member {google.protobuf.Struct.$Properties|null|undefined} metadata
                     * @memberof envoy.service.discovery.v3.Node
                     * @instance
                     */
                    Node.prototype.metadata = null;

                    /**
                     * Node userAgentName.
                     * @member {string} userAgentName
                     * @memberof envoy.service.discovery.v3.Node
                     * @instance
                     */
                    Node.prototype.userAgentName = "";

                    /**
                     * Creates a new Node instance using the specified properties.
                     * @function create
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {envoy.service.discovery.v3.Node.$Properties=} [properties] Properties to set
                     * @returns {envoy.service.discovery.v3.Node} Node instance
                     * @type {{
                     *   (properties: envoy.service.discovery.v3.Node.$Shape): envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape;
                     *   (properties?: envoy.service.discovery.v3.Node.$Properties): envoy.service.discovery.v3.Node;
                     * }}
                     */
                    Node.create = function(properties) {
                        return new Node(properties);
                    };

                    /**
                     * Encodes the specified Node message. Does not implicitly {@link envoy.service.discovery.v3.Node.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {envoy.service.discovery.v3.Node.$Properties} message Node message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Node.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                        if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.cluster);
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            $root.google.protobuf.Struct.encode(message.metadata, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.userAgentName != null && $Object.hasOwnProperty.call(message, "userAgentName") && message.userAgentName !== "")
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.userAgentName);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified Node message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.Node.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {envoy.service.discovery.v3.Node.$Properties} message Node message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Node.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Node message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape} Node
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Node.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.envoy.service.discovery.v3.Node();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.id = value;
                                    else
                                        delete message.id;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.cluster = value;
                                    else
                                        delete message.cluster;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.metadata = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.userAgentName = value;
                                    else
                                        delete message.userAgentName;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Decodes a Node message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.Node & envoy.service.discovery.v3.Node.$Shape} Node
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Node.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Node message.
                     * @function verify
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Node.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            if (!$util.isString(message.id))
                                return "id: string expected";
                        if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                            if (!$util.isString(message.cluster))
                                return "cluster: string expected";
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                            let error = $root.google.protobuf.Struct.verify(message.metadata, _depth + 1);
                            if (error)
                                return "metadata." + error;
                        }
                        if (message.userAgentName != null && $Object.hasOwnProperty.call(message, "userAgentName"))
                            if (!$util.isString(message.userAgentName))
                                return "userAgentName: string expected";
                        return null;
                    };

                    /**
                     * Creates a Node message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.service.discovery.v3.Node} Node
                     */
                    Node.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.service.discovery.v3.Node)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.service.discovery.v3.Node: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.service.discovery.v3.Node();
                        if (object.id != null)
                            if (typeof object.id !== "string" || object.id.length)
                                message.id = $String(object.id);
                        if (object.cluster != null)
                            if (typeof object.cluster !== "string" || object.cluster.length)
                                message.cluster = $String(object.cluster);
                        if (object.metadata != null) {
                            if (!$util.isObject(object.metadata))
                                throw $TypeError(".envoy.service.discovery.v3.Node.metadata: object expected");
                            message.metadata = $root.google.protobuf.Struct.fromObject(object.metadata, _depth + 1);
                        }
                        if (object.userAgentName != null)
                            if (typeof object.userAgentName !== "string" || object.userAgentName.length)
                                message.userAgentName = $String(object.userAgentName);
                        return message;
                    };

                    /**
                     * Creates a plain object from a Node message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {envoy.service.discovery.v3.Node} message Node
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Node.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.id = "";
                            object.cluster = "";
                            object.metadata = null;
                            object.userAgentName = "";
                        }
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            object.id = message.id;
                        if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                            object.cluster = message.cluster;
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            object.metadata = $root.google.protobuf.Struct.toObject(message.metadata, options, _depth + 1);
                        if (message.userAgentName != null && $Object.hasOwnProperty.call(message, "userAgentName"))
                            object.userAgentName = message.userAgentName;
                        return object;
                    };

                    /**
                     * Converts this Node to JSON.
                     * @function toJSON
                     * @memberof envoy.service.discovery.v3.Node
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Node.prototype.toJSON = function() {
                        return Node.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Node
                     * @function getTypeUrl
                     * @memberof envoy.service.discovery.v3.Node
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Node.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.service.discovery.v3.Node";
                    };

                    return Node;
                })();

                v3.DeltaDiscoveryRequest = (function() {

                    /**
                     * Properties of a DeltaDiscoveryRequest.
                     * @typedef {Object} envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties
                     * @property {envoy.service.discovery.v3.Node.$Properties|null} [node] DeltaDiscoveryRequest node
                     * @property {string|null} [typeUrl] DeltaDiscoveryRequest typeUrl
                     * @property {Array.<string>|null} [resourceNamesSubscribe] DeltaDiscoveryRequest resourceNamesSubscribe
                     * @property {Array.<string>|null} [resourceNamesUnsubscribe] DeltaDiscoveryRequest resourceNamesUnsubscribe
                     * @property {Object.<string,string>|null} [initialResourceVersions] DeltaDiscoveryRequest initialResourceVersions
                     * @property {string|null} [responseNonce] DeltaDiscoveryRequest responseNonce
                     * @property {google.rpc.Status.$Properties|null} [errorDetail] DeltaDiscoveryRequest errorDetail
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a DeltaDiscoveryRequest.
                     * @memberof envoy.service.discovery.v3
                     * @interface IDeltaDiscoveryRequest
                     * @augments envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties
                     * @deprecated Use envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties instead.
                     */

                    /**
                     * Shape of a DeltaDiscoveryRequest.
                     * @typedef {{
                     *   node?: envoy.service.discovery.v3.Node.$Shape|null;
                     *   typeUrl?: string|null;
                     *   resourceNamesSubscribe?: Array.<string>|null;
                     *   resourceNamesUnsubscribe?: Array.<string>|null;
                     *   initialResourceVersions?: Object.<string,string>|null;
                     *   responseNonce?: string|null;
                     *   errorDetail?: google.rpc.Status.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape
                     */

                    /**
                     * Constructs a new DeltaDiscoveryRequest.
                     * @memberof envoy.service.discovery.v3
                     * @classdesc Represents a DeltaDiscoveryRequest.
                     * @constructor
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const DeltaDiscoveryRequest = function (properties) {
                        this.resourceNamesSubscribe = [];
                        this.resourceNamesUnsubscribe = [];
                        this.initialResourceVersions = {};
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * DeltaDiscoveryRequest node.
                     * @member {envoy.service.discovery.v3.Node.$Properties|null|undefined} node
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     */
                    DeltaDiscoveryRequest.prototype.node = null;

                    /**
                     * DeltaDiscoveryRequest typeUrl.
                     * @member {string} typeUrl
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     */
                    DeltaDiscoveryRequest.prototype.typeUrl = "";

                    /**
                     * DeltaDiscoveryRequest resourceNamesSubscribe.
                     * @member {Array.<string>} resourceNamesSubscribe
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     */
                    DeltaDiscoveryRequest.prototype.resourceNamesSubscribe = $util.emptyArray;

                    /**
                     * DeltaDiscoveryRequest resourceNamesUnsubscribe.
                     * @member {Array.<string>} resourceNamesUnsubscribe
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     */
                    DeltaDiscoveryRequest.prototype.resourceNamesUnsubscribe = $util.emptyArray;

                    /**
                     * DeltaDiscoveryRequest initialResourceVersions.
                     * @member {Object.<string,string>} initialResourceVersions
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     */
                    DeltaDiscoveryRequest.prototype.initialResourceVersions = $util.emptyObject;

                    /**
                     * DeltaDiscoveryRequest responseNonce.
                     * @member {string} responseNonce
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     */
                    DeltaDiscoveryRequest.prototype.responseNonce = "";

                    /**
                     * DeltaDiscoveryRequest errorDetail.
                     * @member {google.rpc.Status.$Properties|null|undefined} errorDetail
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     */
                    DeltaDiscoveryRequest.prototype.errorDetail = null;

                    /**
                     * Creates a new DeltaDiscoveryRequest instance using the specified properties.
                     * @function create
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties=} [properties] Properties to set
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryRequest} DeltaDiscoveryRequest instance
                     * @type {{
                     *   (properties: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape): envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape;
                     *   (properties?: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties): envoy.service.discovery.v3.DeltaDiscoveryRequest;
                     * }}
                     */
                    DeltaDiscoveryRequest.create = function(properties) {
                        return new DeltaDiscoveryRequest(properties);
                    };

                    /**
                     * Encodes the specified DeltaDiscoveryRequest message. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryRequest.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties} message DeltaDiscoveryRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeltaDiscoveryRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                            $root.envoy.service.discovery.v3.Node.encode(message.node, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl") && message.typeUrl !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.typeUrl);
                        if (message.resourceNamesSubscribe != null && message.resourceNamesSubscribe.length)
                            for (let i = 0; i < message.resourceNamesSubscribe.length; ++i)
                                writer.uint32(/* id 3, wireType 2 =*/26).string(message.resourceNamesSubscribe[i]);
                        if (message.resourceNamesUnsubscribe != null && message.resourceNamesUnsubscribe.length)
                            for (let i = 0; i < message.resourceNamesUnsubscribe.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).string(message.resourceNamesUnsubscribe[i]);
                        if (message.initialResourceVersions != null && $Object.hasOwnProperty.call(message, "initialResourceVersions"))
                            for (let keys = $Object.keys(message.initialResourceVersions), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.initialResourceVersions[keys[i]]).ldelim();
                        if (message.responseNonce != null && $Object.hasOwnProperty.call(message, "responseNonce") && message.responseNonce !== "")
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.responseNonce);
                        if (message.errorDetail != null && $Object.hasOwnProperty.call(message, "errorDetail"))
                            $root.google.rpc.Status.encode(message.errorDetail, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified DeltaDiscoveryRequest message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryRequest.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties} message DeltaDiscoveryRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeltaDiscoveryRequest.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a DeltaDiscoveryRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape} DeltaDiscoveryRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeltaDiscoveryRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.envoy.service.discovery.v3.DeltaDiscoveryRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.node = $root.envoy.service.discovery.v3.Node.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.typeUrl = value;
                                    else
                                        delete message.typeUrl;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.resourceNamesSubscribe && message.resourceNamesSubscribe.length))
                                        message.resourceNamesSubscribe = [];
                                    message.resourceNamesSubscribe.push(reader.stringVerify());
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.resourceNamesUnsubscribe && message.resourceNamesUnsubscribe.length))
                                        message.resourceNamesUnsubscribe = [];
                                    message.resourceNamesUnsubscribe.push(reader.stringVerify());
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.initialResourceVersions === $util.emptyObject)
                                        message.initialResourceVersions = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = "";
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = reader.stringVerify();
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.initialResourceVersions, key);
                                    message.initialResourceVersions[key] = value;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.responseNonce = value;
                                    else
                                        delete message.responseNonce;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.errorDetail = $root.google.rpc.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.errorDetail);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Decodes a DeltaDiscoveryRequest message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryRequest & envoy.service.discovery.v3.DeltaDiscoveryRequest.$Shape} DeltaDiscoveryRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeltaDiscoveryRequest.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a DeltaDiscoveryRequest message.
                     * @function verify
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    DeltaDiscoveryRequest.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.node != null && $Object.hasOwnProperty.call(message, "node")) {
                            let error = $root.envoy.service.discovery.v3.Node.verify(message.node, _depth + 1);
                            if (error)
                                return "node." + error;
                        }
                        if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl"))
                            if (!$util.isString(message.typeUrl))
                                return "typeUrl: string expected";
                        if (message.resourceNamesSubscribe != null && $Object.hasOwnProperty.call(message, "resourceNamesSubscribe")) {
                            if (!$Array.isArray(message.resourceNamesSubscribe))
                                return "resourceNamesSubscribe: array expected";
                            for (let i = 0; i < message.resourceNamesSubscribe.length; ++i)
                                if (!$util.isString(message.resourceNamesSubscribe[i]))
                                    return "resourceNamesSubscribe: string[] expected";
                        }
                        if (message.resourceNamesUnsubscribe != null && $Object.hasOwnProperty.call(message, "resourceNamesUnsubscribe")) {
                            if (!$Array.isArray(message.resourceNamesUnsubscribe))
                                return "resourceNamesUnsubscribe: array expected";
                            for (let i = 0; i < message.resourceNamesUnsubscribe.length; ++i)
                                if (!$util.isString(message.resourceNamesUnsubscribe[i]))
                                    return "resourceNamesUnsubscribe: string[] expected";
                        }
                        if (message.initialResourceVersions != null && $Object.hasOwnProperty.call(message, "initialResourceVersions")) {
                            if (!$util.isObject(message.initialResourceVersions))
                                return "initialResourceVersions: object expected";
                            let key = $Object.keys(message.initialResourceVersions);
                            for (let i = 0; i < key.length; ++i)
                                if (!$util.isString(message.initialResourceVersions[key[i]]))
                                    return "initialResourceVersions: string{k:string} expected";
                        }
                        if (message.responseNonce != null && $Object.hasOwnProperty.call(message, "responseNonce"))
                            if (!$util.isString(message.responseNonce))
                                return "responseNonce: string expected";
                        if (message.errorDetail != null && $Object.hasOwnProperty.call(message, "errorDetail")) {
                            let error = $root.google.rpc.Status.verify(message.errorDetail, _depth + 1);
                            if (error)
                                return "errorDetail." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a DeltaDiscoveryRequest message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryRequest} DeltaDiscoveryRequest
                     */
                    DeltaDiscoveryRequest.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.service.discovery.v3.DeltaDiscoveryRequest)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryRequest: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.service.discovery.v3.DeltaDiscoveryRequest();
                        if (object.node != null) {
                            if (!$util.isObject(object.node))
                                throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryRequest.node: object expected");
                            message.node = $root.envoy.service.discovery.v3.Node.fromObject(object.node, _depth + 1);
                        }
                        if (object.typeUrl != null)
                            if (typeof object.typeUrl !== "string" || object.typeUrl.length)
                                message.typeUrl = $String(object.typeUrl);
                        if (object.resourceNamesSubscribe) {
                            if (!$Array.isArray(object.resourceNamesSubscribe))
                                throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryRequest.resourceNamesSubscribe: array expected");
                            message.resourceNamesSubscribe = $Array(object.resourceNamesSubscribe.length);
                            for (let i = 0; i < object.resourceNamesSubscribe.length; ++i)
                                message.resourceNamesSubscribe[i] = $String(object.resourceNamesSubscribe[i]);
                        }
                        if (object.resourceNamesUnsubscribe) {
                            if (!$Array.isArray(object.resourceNamesUnsubscribe))
                                throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryRequest.resourceNamesUnsubscribe: array expected");
                            message.resourceNamesUnsubscribe = $Array(object.resourceNamesUnsubscribe.length);
                            for (let i = 0; i < object.resourceNamesUnsubscribe.length; ++i)
                                message.resourceNamesUnsubscribe[i] = $String(object.resourceNamesUnsubscribe[i]);
                        }
                        if (object.initialResourceVersions) {
                            if (!$util.isObject(object.initialResourceVersions))
                                throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryRequest.initialResourceVersions: object expected");
                            message.initialResourceVersions = {};
                            for (let keys = $Object.keys(object.initialResourceVersions), i = 0; i < keys.length; ++i) {
                                if (keys[i] === "__proto__")
                                    $util.makeProp(message.initialResourceVersions, keys[i]);
                                message.initialResourceVersions[keys[i]] = $String(object.initialResourceVersions[keys[i]]);
                            }
                        }
                        if (object.responseNonce != null)
                            if (typeof object.responseNonce !== "string" || object.responseNonce.length)
                                message.responseNonce = $String(object.responseNonce);
                        if (object.errorDetail != null) {
                            if (!$util.isObject(object.errorDetail))
                                throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryRequest.errorDetail: object expected");
                            message.errorDetail = $root.google.rpc.Status.fromObject(object.errorDetail, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a DeltaDiscoveryRequest message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryRequest} message DeltaDiscoveryRequest
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    DeltaDiscoveryRequest.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.resourceNamesSubscribe = [];
                            object.resourceNamesUnsubscribe = [];
                        }
                        if (options.objects || options.defaults)
                            object.initialResourceVersions = {};
                        if (options.defaults) {
                            object.node = null;
                            object.typeUrl = "";
                            object.responseNonce = "";
                            object.errorDetail = null;
                        }
                        if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                            object.node = $root.envoy.service.discovery.v3.Node.toObject(message.node, options, _depth + 1);
                        if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl"))
                            object.typeUrl = message.typeUrl;
                        if (message.resourceNamesSubscribe && message.resourceNamesSubscribe.length) {
                            object.resourceNamesSubscribe = $Array(message.resourceNamesSubscribe.length);
                            for (let j = 0; j < message.resourceNamesSubscribe.length; ++j)
                                object.resourceNamesSubscribe[j] = message.resourceNamesSubscribe[j];
                        }
                        if (message.resourceNamesUnsubscribe && message.resourceNamesUnsubscribe.length) {
                            object.resourceNamesUnsubscribe = $Array(message.resourceNamesUnsubscribe.length);
                            for (let j = 0; j < message.resourceNamesUnsubscribe.length; ++j)
                                object.resourceNamesUnsubscribe[j] = message.resourceNamesUnsubscribe[j];
                        }
                        let keys2;
                        if (message.initialResourceVersions && (keys2 = $Object.keys(message.initialResourceVersions)).length) {
                            object.initialResourceVersions = {};
                            for (let j = 0; j < keys2.length; ++j) {
                                if (keys2[j] === "__proto__")
                                    $util.makeProp(object.initialResourceVersions, keys2[j]);
                                object.initialResourceVersions[keys2[j]] = message.initialResourceVersions[keys2[j]];
                            }
                        }
                        if (message.responseNonce != null && $Object.hasOwnProperty.call(message, "responseNonce"))
                            object.responseNonce = message.responseNonce;
                        if (message.errorDetail != null && $Object.hasOwnProperty.call(message, "errorDetail"))
                            object.errorDetail = $root.google.rpc.Status.toObject(message.errorDetail, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this DeltaDiscoveryRequest to JSON.
                     * @function toJSON
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    DeltaDiscoveryRequest.prototype.toJSON = function() {
                        return DeltaDiscoveryRequest.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for DeltaDiscoveryRequest
                     * @function getTypeUrl
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryRequest
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    DeltaDiscoveryRequest.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.service.discovery.v3.DeltaDiscoveryRequest";
                    };

                    return DeltaDiscoveryRequest;
                })();

                v3.DeltaDiscoveryResponse = (function() {

                    /**
                     * Properties of a DeltaDiscoveryResponse.
                     * @typedef {Object} envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties
                     * @property {string|null} [systemVersionInfo] DeltaDiscoveryResponse systemVersionInfo
                     * @property {Array.<envoy.service.discovery.v3.Resource.$Properties>|null} [resources] DeltaDiscoveryResponse resources
                     * @property {string|null} [typeUrl] DeltaDiscoveryResponse typeUrl
                     * @property {string|null} [nonce] DeltaDiscoveryResponse nonce
                     * @property {Array.<string>|null} [removedResources] DeltaDiscoveryResponse removedResources
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a DeltaDiscoveryResponse.
                     * @memberof envoy.service.discovery.v3
                     * @interface IDeltaDiscoveryResponse
                     * @augments envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties
                     * @deprecated Use envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties instead.
                     */

                    /**
                     * Shape of a DeltaDiscoveryResponse.
                     * @typedef {envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties} envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape
                     */

                    /**
                     * Constructs a new DeltaDiscoveryResponse.
                     * @memberof envoy.service.discovery.v3
                     * @classdesc Represents a DeltaDiscoveryResponse.
                     * @constructor
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const DeltaDiscoveryResponse = function (properties) {
                        this.resources = [];
                        this.removedResources = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * DeltaDiscoveryResponse systemVersionInfo.
                     * @member {string} systemVersionInfo
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @instance
                     */
                    DeltaDiscoveryResponse.prototype.systemVersionInfo = "";

                    /**
                     * DeltaDiscoveryResponse resources.
                     * @member {Array.<envoy.service.discovery.v3.Resource.$Properties>} resources
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @instance
                     */
                    DeltaDiscoveryResponse.prototype.resources = $util.emptyArray;

                    /**
                     * DeltaDiscoveryResponse typeUrl.
                     * @member {string} typeUrl
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @instance
                     */
                    DeltaDiscoveryResponse.prototype.typeUrl = "";

                    /**
                     * DeltaDiscoveryResponse nonce.
                     * @member {string} nonce
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @instance
                     */
                    DeltaDiscoveryResponse.prototype.nonce = "";

                    /**
                     * DeltaDiscoveryResponse removedResources.
                     * @member {Array.<string>} removedResources
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @instance
                     */
                    DeltaDiscoveryResponse.prototype.removedResources = $util.emptyArray;

                    /**
                     * Creates a new DeltaDiscoveryResponse instance using the specified properties.
                     * @function create
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties=} [properties] Properties to set
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryResponse} DeltaDiscoveryResponse instance
                     * @type {{
                     *   (properties: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape): envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape;
                     *   (properties?: envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties): envoy.service.discovery.v3.DeltaDiscoveryResponse;
                     * }}
                     */
                    DeltaDiscoveryResponse.create = function(properties) {
                        return new DeltaDiscoveryResponse(properties);
                    };

                    /**
                     * Encodes the specified DeltaDiscoveryResponse message. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryResponse.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties} message DeltaDiscoveryResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeltaDiscoveryResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.systemVersionInfo != null && $Object.hasOwnProperty.call(message, "systemVersionInfo") && message.systemVersionInfo !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.systemVersionInfo);
                        if (message.resources != null && message.resources.length)
                            for (let i = 0; i < message.resources.length; ++i)
                                $root.envoy.service.discovery.v3.Resource.encode(message.resources[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl") && message.typeUrl !== "")
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.typeUrl);
                        if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.nonce);
                        if (message.removedResources != null && message.removedResources.length)
                            for (let i = 0; i < message.removedResources.length; ++i)
                                writer.uint32(/* id 6, wireType 2 =*/50).string(message.removedResources[i]);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified DeltaDiscoveryResponse message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.DeltaDiscoveryResponse.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties} message DeltaDiscoveryResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeltaDiscoveryResponse.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a DeltaDiscoveryResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape} DeltaDiscoveryResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeltaDiscoveryResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.envoy.service.discovery.v3.DeltaDiscoveryResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.systemVersionInfo = value;
                                    else
                                        delete message.systemVersionInfo;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.resources && message.resources.length))
                                        message.resources = [];
                                    message.resources.push($root.envoy.service.discovery.v3.Resource.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.typeUrl = value;
                                    else
                                        delete message.typeUrl;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.nonce = value;
                                    else
                                        delete message.nonce;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.removedResources && message.removedResources.length))
                                        message.removedResources = [];
                                    message.removedResources.push(reader.stringVerify());
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Decodes a DeltaDiscoveryResponse message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryResponse & envoy.service.discovery.v3.DeltaDiscoveryResponse.$Shape} DeltaDiscoveryResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeltaDiscoveryResponse.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a DeltaDiscoveryResponse message.
                     * @function verify
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    DeltaDiscoveryResponse.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.systemVersionInfo != null && $Object.hasOwnProperty.call(message, "systemVersionInfo"))
                            if (!$util.isString(message.systemVersionInfo))
                                return "systemVersionInfo: string expected";
                        if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                            if (!$Array.isArray(message.resources))
                                return "resources: array expected";
                            for (let i = 0; i < message.resources.length; ++i) {
                                let error = $root.envoy.service.discovery.v3.Resource.verify(message.resources[i], _depth + 1);
                                if (error)
                                    return "resources." + error;
                            }
                        }
                        if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl"))
                            if (!$util.isString(message.typeUrl))
                                return "typeUrl: string expected";
                        if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                            if (!$util.isString(message.nonce))
                                return "nonce: string expected";
                        if (message.removedResources != null && $Object.hasOwnProperty.call(message, "removedResources")) {
                            if (!$Array.isArray(message.removedResources))
                                return "removedResources: array expected";
                            for (let i = 0; i < message.removedResources.length; ++i)
                                if (!$util.isString(message.removedResources[i]))
                                    return "removedResources: string[] expected";
                        }
                        return null;
                    };

                    /**
                     * Creates a DeltaDiscoveryResponse message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.service.discovery.v3.DeltaDiscoveryResponse} DeltaDiscoveryResponse
                     */
                    DeltaDiscoveryResponse.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.service.discovery.v3.DeltaDiscoveryResponse)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryResponse: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.service.discovery.v3.DeltaDiscoveryResponse();
                        if (object.systemVersionInfo != null)
                            if (typeof object.systemVersionInfo !== "string" || object.systemVersionInfo.length)
                                message.systemVersionInfo = $String(object.systemVersionInfo);
                        if (object.resources) {
                            if (!$Array.isArray(object.resources))
                                throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryResponse.resources: array expected");
                            message.resources = $Array(object.resources.length);
                            for (let i = 0; i < object.resources.length; ++i) {
                                if (!$util.isObject(object.resources[i]))
                                    throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryResponse.resources: object expected");
                                message.resources[i] = $root.envoy.service.discovery.v3.Resource.fromObject(object.resources[i], _depth + 1);
                            }
                        }
                        if (object.typeUrl != null)
                            if (typeof object.typeUrl !== "string" || object.typeUrl.length)
                                message.typeUrl = $String(object.typeUrl);
                        if (object.nonce != null)
                            if (typeof object.nonce !== "string" || object.nonce.length)
                                message.nonce = $String(object.nonce);
                        if (object.removedResources) {
                            if (!$Array.isArray(object.removedResources))
                                throw $TypeError(".envoy.service.discovery.v3.DeltaDiscoveryResponse.removedResources: array expected");
                            message.removedResources = $Array(object.removedResources.length);
                            for (let i = 0; i < object.removedResources.length; ++i)
                                message.removedResources[i] = $String(object.removedResources[i]);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a DeltaDiscoveryResponse message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryResponse} message DeltaDiscoveryResponse
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    DeltaDiscoveryResponse.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.resources = [];
                            object.removedResources = [];
                        }
                        if (options.defaults) {
                            object.systemVersionInfo = "";
                            object.typeUrl = "";
                            object.nonce = "";
                        }
                        if (message.systemVersionInfo != null && $Object.hasOwnProperty.call(message, "systemVersionInfo"))
                            object.systemVersionInfo = message.systemVersionInfo;
                        if (message.resources && message.resources.length) {
                            object.resources = $Array(message.resources.length);
                            for (let j = 0; j < message.resources.length; ++j)
                                object.resources[j] = $root.envoy.service.discovery.v3.Resource.toObject(message.resources[j], options, _depth + 1);
                        }
                        if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl"))
                            object.typeUrl = message.typeUrl;
                        if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                            object.nonce = message.nonce;
                        if (message.removedResources && message.removedResources.length) {
                            object.removedResources = $Array(message.removedResources.length);
                            for (let j = 0; j < message.removedResources.length; ++j)
                                object.removedResources[j] = message.removedResources[j];
                        }
                        return object;
                    };

                    /**
                     * Converts this DeltaDiscoveryResponse to JSON.
                     * @function toJSON
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    DeltaDiscoveryResponse.prototype.toJSON = function() {
                        return DeltaDiscoveryResponse.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for DeltaDiscoveryResponse
                     * @function getTypeUrl
                     * @memberof envoy.service.discovery.v3.DeltaDiscoveryResponse
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    DeltaDiscoveryResponse.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.service.discovery.v3.DeltaDiscoveryResponse";
                    };

                    return DeltaDiscoveryResponse;
                })();

                v3.Resource = (function() {

                    /**
                     * Properties of a Resource.
                     * @typedef {Object} envoy.service.discovery.v3.Resource.$Properties
                     * @property {string|null} [version] Resource version
                     * @property {google.protobuf.Any.$Properties|null} [resource] Resource resource
                     * @property {string|null} [name] Resource name
                     * @property {Array.<string>|null} [aliases] Resource aliases
                     * @property {google.protobuf.Duration.$Properties|null} [ttl] Resource ttl
                     * @property {envoy.service.discovery.v3.Resource.CacheControl.$Properties|null} [cacheControl] Resource cacheControl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Resource.
                     * @memberof envoy.service.discovery.v3
                     * @interface IResource
                     * @augments envoy.service.discovery.v3.Resource.$Properties
                     * @deprecated Use envoy.service.discovery.v3.Resource.$Properties instead.
                     */

                    /**
                     * Shape of a Resource.
                     * @typedef {envoy.service.discovery.v3.Resource.$Properties} envoy.service.discovery.v3.Resource.$Shape
                     */

                    /**
                     * Constructs a new Resource.
                     * @memberof envoy.service.discovery.v3
                     * @classdesc Represents a Resource.
                     * @constructor
                     * @param {envoy.service.discovery.v3.Resource.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Resource = function (properties) {
                        this.aliases = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Resource version.
                     * @member {string} version
                     * @memberof envoy.service.discovery.v3.Resource
                     * @instance
                     */
                    Resource.prototype.version = "";

                    /**
                     * Resource resource.
                     * @member {google.protobuf.Any.$Properties|null|undefined} resource
                     * @memberof envoy.service.discovery.v3.Resource
                     * @instance
                     */
                    Resource.prototype.resource = null;

                    /**
                     * Resource name.
                     * @member {string} name
                     * @memberof envoy.service.discovery.v3.Resource
                     * @instance
                     */
                    Resource.prototype.name = "";

                    /**
                     * Resource aliases.
                     * @member {Array.<string>} aliases
                     * @memberof envoy.service.discovery.v3.Resource
                     * @instance
                     */
                    Resource.prototype.aliases = $util.emptyArray;

                    /**
                     * Resource ttl.
                     * @member {google.protobuf.Duration.$Properties|null|undefined} ttl
                     * @memberof envoy.service.discovery.v3.Resource
                     * @instance
                     */
                    Resource.prototype.ttl = null;

                    /**
                     * Resource cacheControl.
                     * @member {envoy.service.discovery.v3.Resource.CacheControl.$Properties|null|undefined} cacheControl
                     * @memberof envoy.service.discovery.v3.Resource
                     * @instance
                     */
                    Resource.prototype.cacheControl = null;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @function create
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {envoy.service.discovery.v3.Resource.$Properties=} [properties] Properties to set
                     * @returns {envoy.service.discovery.v3.Resource} Resource instance
                     * @type {{
                     *   (properties: envoy.service.discovery.v3.Resource.$Shape): envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape;
                     *   (properties?: envoy.service.discovery.v3.Resource.$Properties): envoy.service.discovery.v3.Resource;
                     * }}
                     */
                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link envoy.service.discovery.v3.Resource.verify|verify} messages.
                     * @function encode
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {envoy.service.discovery.v3.Resource.$Properties} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                            $root.google.protobuf.Any.encode(message.resource, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                        if (message.aliases != null && message.aliases.length)
                            for (let i = 0; i < message.aliases.length; ++i)
                                writer.uint32(/* id 4, wireType 2 =*/34).string(message.aliases[i]);
                        if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl"))
                            $root.google.protobuf.Duration.encode(message.ttl, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                        if (message.cacheControl != null && $Object.hasOwnProperty.call(message, "cacheControl"))
                            $root.envoy.service.discovery.v3.Resource.CacheControl.encode(message.cacheControl, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Encodes the specified Resource message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.Resource.verify|verify} messages.
                     * @function encodeDelimited
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {envoy.service.discovery.v3.Resource.$Properties} message Resource message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Resource.encodeDelimited = function(message, writer) {
                        return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @function decode
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.envoy.service.discovery.v3.Resource();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.version = value;
                                    else
                                        delete message.version;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.resource = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.resource);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.aliases && message.aliases.length))
                                        message.aliases = [];
                                    message.aliases.push(reader.stringVerify());
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.ttl = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.ttl);
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.cacheControl = $root.envoy.service.discovery.v3.Resource.CacheControl.decode(reader, reader.size(), $undefined, _depth + 1, message.cacheControl);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Decodes a Resource message from the specified reader or buffer, length delimited.
                     * @function decodeDelimited
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @returns {envoy.service.discovery.v3.Resource & envoy.service.discovery.v3.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Resource.decodeDelimited = function(reader) {
                        if (!(reader instanceof $Reader))
                            reader = new $Reader(reader);
                        return this.decode(reader, reader.size());
                    };

                    /**
                     * Verifies a Resource message.
                     * @function verify
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {Object.<string,*>} message Plain object to verify
                     * @returns {string|null} `null` if valid, otherwise the reason why it is not
                     */
                    Resource.verify = function (message, _depth) {
                        if (typeof message !== "object" || message === null)
                            return "object expected";
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            return "max depth exceeded";
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                            if (!$util.isString(message.version))
                                return "version: string expected";
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource")) {
                            let error = $root.google.protobuf.Any.verify(message.resource, _depth + 1);
                            if (error)
                                return "resource." + error;
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            if (!$util.isString(message.name))
                                return "name: string expected";
                        if (message.aliases != null && $Object.hasOwnProperty.call(message, "aliases")) {
                            if (!$Array.isArray(message.aliases))
                                return "aliases: array expected";
                            for (let i = 0; i < message.aliases.length; ++i)
                                if (!$util.isString(message.aliases[i]))
                                    return "aliases: string[] expected";
                        }
                        if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl")) {
                            let error = $root.google.protobuf.Duration.verify(message.ttl, _depth + 1);
                            if (error)
                                return "ttl." + error;
                        }
                        if (message.cacheControl != null && $Object.hasOwnProperty.call(message, "cacheControl")) {
                            let error = $root.envoy.service.discovery.v3.Resource.CacheControl.verify(message.cacheControl, _depth + 1);
                            if (error)
                                return "cacheControl." + error;
                        }
                        return null;
                    };

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @function fromObject
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {Object.<string,*>} object Plain object
                     * @returns {envoy.service.discovery.v3.Resource} Resource
                     */
                    Resource.fromObject = function (object, _depth) {
                        if (object instanceof $root.envoy.service.discovery.v3.Resource)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".envoy.service.discovery.v3.Resource: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.envoy.service.discovery.v3.Resource();
                        if (object.version != null)
                            if (typeof object.version !== "string" || object.version.length)
                                message.version = $String(object.version);
                        if (object.resource != null) {
                            if (!$util.isObject(object.resource))
                                throw $TypeError(".envoy.service.discovery.v3.Resource.resource: object expected");
                            message.resource = $root.google.protobuf.Any.fromObject(object.resource, _depth + 1);
                        }
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.aliases) {
                            if (!$Array.isArray(object.aliases))
                                throw $TypeError(".envoy.service.discovery.v3.Resource.aliases: array expected");
                            message.aliases = $Array(object.aliases.length);
                            for (let i = 0; i < object.aliases.length; ++i)
                                message.aliases[i] = $String(object.aliases[i]);
                        }
                        if (object.ttl != null) {
                            if (!$util.isObject(object.ttl))
                                throw $TypeError(".envoy.service.discovery.v3.Resource.ttl: object expected");
                            message.ttl = $root.google.protobuf.Duration.fromObject(object.ttl, _depth + 1);
                        }
                        if (object.cacheControl != null) {
                            if (!$util.isObject(object.cacheControl))
                                throw $TypeError(".envoy.service.discovery.v3.Resource.cacheControl: object expected");
                            message.cacheControl = $root.envoy.service.discovery.v3.Resource.CacheControl.fromObject(object.cacheControl, _depth + 1);
                        }
                        return message;
                    };

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @function toObject
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {envoy.service.discovery.v3.Resource} message Resource
                     * @param {$protobuf.IConversionOptions} [options] Conversion options
                     * @returns {Object.<string,*>} Plain object
                     */
                    Resource.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.aliases = [];
                        if (options.defaults) {
                            object.version = "";
                            object.resource = null;
                            object.name = "";
                            object.ttl = null;
                            object.cacheControl = null;
                        }
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                            object.version = message.version;
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                            object.resource = $root.google.protobuf.Any.toObject(message.resource, options, _depth + 1);
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.aliases && message.aliases.length) {
                            object.aliases = $Array(message.aliases.length);
                            for (let j = 0; j < message.aliases.length; ++j)
                                object.aliases[j] = message.aliases[j];
                        }
                        if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl"))
                            object.ttl = $root.google.protobuf.Duration.toObject(message.ttl, options, _depth + 1);
                        if (message.cacheControl != null && $Object.hasOwnProperty.call(message, "cacheControl"))
                            object.cacheControl = $root.envoy.service.discovery.v3.Resource.CacheControl.toObject(message.cacheControl, options, _depth + 1);
                        return object;
                    };

                    /**
                     * Converts this Resource to JSON.
                     * @function toJSON
                     * @memberof envoy.service.discovery.v3.Resource
                     * @instance
                     * @returns {Object.<string,*>} JSON object
                     */
                    Resource.prototype.toJSON = function() {
                        return Resource.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    /**
                     * Gets the type url for Resource
                     * @function getTypeUrl
                     * @memberof envoy.service.discovery.v3.Resource
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Resource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/envoy.service.discovery.v3.Resource";
                    };

                    Resource.CacheControl = (function() {

                        /**
                         * Properties of a CacheControl.
                         * @typedef {Object} envoy.service.discovery.v3.Resource.CacheControl.$Properties
                         * @property {boolean|null} [doNotCache] CacheControl doNotCache
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */

                        /**
                         * Properties of a CacheControl.
                         * @memberof envoy.service.discovery.v3.Resource
                         * @interface ICacheControl
                         * @augments envoy.service.discovery.v3.Resource.CacheControl.$Properties
                         * @deprecated Use envoy.service.discovery.v3.Resource.CacheControl.$Properties instead.
                         */

                        /**
                         * Shape of a CacheControl.
                         * @typedef {envoy.service.discovery.v3.Resource.CacheControl.$Properties} envoy.service.discovery.v3.Resource.CacheControl.$Shape
                         */

                        /**
                         * Constructs a new CacheControl.
                         * @memberof envoy.service.discovery.v3.Resource
                         * @classdesc Represents a CacheControl.
                         * @constructor
                         * @param {envoy.service.discovery.v3.Resource.CacheControl.$Properties=} [properties] Properties to set
                         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                         */
                        const CacheControl = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        /**
                         * CacheControl doNotCache.
                         * @member {boolean} doNotCache
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @instance
                         */
                        CacheControl.prototype.doNotCache = false;

                        /**
                         * Creates a new CacheControl instance using the specified properties.
                         * @function create
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {envoy.service.discovery.v3.Resource.CacheControl.$Properties=} [properties] Properties to set
                         * @returns {envoy.service.discovery.v3.Resource.CacheControl} CacheControl instance
                         * @type {{
                         *   (properties: envoy.service.discovery.v3.Resource.CacheControl.$Shape): envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape;
                         *   (properties?: envoy.service.discovery.v3.Resource.CacheControl.$Properties): envoy.service.discovery.v3.Resource.CacheControl;
                         * }}
                         */
                        CacheControl.create = function(properties) {
                            return new CacheControl(properties);
                        };

                        /**
                         * Encodes the specified CacheControl message. Does not implicitly {@link envoy.service.discovery.v3.Resource.CacheControl.verify|verify} messages.
                         * @function encode
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {envoy.service.discovery.v3.Resource.CacheControl.$Properties} message CacheControl message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        CacheControl.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.doNotCache != null && $Object.hasOwnProperty.call(message, "doNotCache") && message.doNotCache !== false)
                                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.doNotCache);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        /**
                         * Encodes the specified CacheControl message, length delimited. Does not implicitly {@link envoy.service.discovery.v3.Resource.CacheControl.verify|verify} messages.
                         * @function encodeDelimited
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {envoy.service.discovery.v3.Resource.CacheControl.$Properties} message CacheControl message or plain object to encode
                         * @param {$protobuf.Writer} [writer] Writer to encode to
                         * @returns {$protobuf.Writer} Writer
                         */
                        CacheControl.encodeDelimited = function(message, writer) {
                            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                        };

                        /**
                         * Decodes a CacheControl message from the specified reader or buffer.
                         * @function decode
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @param {number} [length] Message length if known beforehand
                         * @returns {envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape} CacheControl
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        CacheControl.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message, value;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.envoy.service.discovery.v3.Resource.CacheControl();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.bool())
                                            message.doNotCache = value;
                                        else
                                            delete message.doNotCache;
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        /**
                         * Decodes a CacheControl message from the specified reader or buffer, length delimited.
                         * @function decodeDelimited
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                         * @returns {envoy.service.discovery.v3.Resource.CacheControl & envoy.service.discovery.v3.Resource.CacheControl.$Shape} CacheControl
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        CacheControl.decodeDelimited = function(reader) {
                            if (!(reader instanceof $Reader))
                                reader = new $Reader(reader);
                            return this.decode(reader, reader.size());
                        };

                        /**
                         * Verifies a CacheControl message.
                         * @function verify
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {Object.<string,*>} message Plain object to verify
                         * @returns {string|null} `null` if valid, otherwise the reason why it is not
                         */
                        CacheControl.verify = function (message, _depth) {
                            if (typeof message !== "object" || message === null)
                                return "object expected";
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                return "max depth exceeded";
                            if (message.doNotCache != null && $Object.hasOwnProperty.call(message, "doNotCache"))
                                if (typeof message.doNotCache !== "boolean")
                                    return "doNotCache: boolean expected";
                            return null;
                        };

                        /**
                         * Creates a CacheControl message from a plain object. Also converts values to their respective internal types.
                         * @function fromObject
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {Object.<string,*>} object Plain object
                         * @returns {envoy.service.discovery.v3.Resource.CacheControl} CacheControl
                         */
                        CacheControl.fromObject = function (object, _depth) {
                            if (object instanceof $root.envoy.service.discovery.v3.Resource.CacheControl)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".envoy.service.discovery.v3.Resource.CacheControl: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.envoy.service.discovery.v3.Resource.CacheControl();
                            if (object.doNotCache != null)
                                if (object.doNotCache)
                                    message.doNotCache = $Boolean(object.doNotCache);
                            return message;
                        };

                        /**
                         * Creates a plain object from a CacheControl message. Also converts values to other types if specified.
                         * @function toObject
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {envoy.service.discovery.v3.Resource.CacheControl} message CacheControl
                         * @param {$protobuf.IConversionOptions} [options] Conversion options
                         * @returns {Object.<string,*>} Plain object
                         */
                        CacheControl.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults)
                                object.doNotCache = false;
                            if (message.doNotCache != null && $Object.hasOwnProperty.call(message, "doNotCache"))
                                object.doNotCache = message.doNotCache;
                            return object;
                        };

                        /**
                         * Converts this CacheControl to JSON.
                         * @function toJSON
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @instance
                         * @returns {Object.<string,*>} JSON object
                         */
                        CacheControl.prototype.toJSON = function() {
                            return CacheControl.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        /**
                         * Gets the type url for CacheControl
                         * @function getTypeUrl
                         * @memberof envoy.service.discovery.v3.Resource.CacheControl
                         * @static
                         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns {string} The type url
                         */
                        CacheControl.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/envoy.service.discovery.v3.Resource.CacheControl";
                        };

                        return CacheControl;
                    })();

                    return Resource;
                })();

                v3.AggregatedDiscoveryService = (function() {

                    /**
                     * Constructs a new AggregatedDiscoveryService service.
                     * @memberof envoy.service.discovery.v3
                     * @classdesc Represents an AggregatedDiscoveryService
                     * @extends $protobuf.rpc.Service
                     * @constructor
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     */
                    const AggregatedDiscoveryService = function(rpcImpl, requestDelimited, responseDelimited) {
                        $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                    };

                    $Object.defineProperty(AggregatedDiscoveryService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: AggregatedDiscoveryService, writable: true, enumerable: false, configurable: true });

                    /**
                     * Creates new AggregatedDiscoveryService service using the specified rpc implementation.
                     * @function create
                     * @memberof envoy.service.discovery.v3.AggregatedDiscoveryService
                     * @static
                     * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                     * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                     * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                     * @returns {AggregatedDiscoveryService} RPC service. Useful where requests and/or responses are streamed.
                     */
                    AggregatedDiscoveryService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                        return new this(rpcImpl, requestDelimited, responseDelimited);
                    };

                    /**
                     * Callback as used by {@link envoy.service.discovery.v3.AggregatedDiscoveryService#deltaAggregatedResources}.
                     * @memberof envoy.service.discovery.v3.AggregatedDiscoveryService
                     * @typedef DeltaAggregatedResourcesCallback
                     * @type {function}
                     * @param {Error|null} error Error, if any
                     * @param {envoy.service.discovery.v3.DeltaDiscoveryResponse} [response] DeltaDiscoveryResponse
                     */

                    /**
                     * Calls DeltaAggregatedResources.
                     * @memberof envoy.service.discovery.v3.AggregatedDiscoveryService
                     * @typedef DeltaAggregatedResources
                     * @type {{
                     *   (request: envoy.service.discovery.v3.IDeltaDiscoveryRequest, callback: envoy.service.discovery.v3.AggregatedDiscoveryService.DeltaAggregatedResourcesCallback): void;
                     *   (request: envoy.service.discovery.v3.IDeltaDiscoveryRequest): Promise<envoy.service.discovery.v3.DeltaDiscoveryResponse>;
                     *   readonly name: "DeltaAggregatedResources";
                     *   readonly path: "/envoy.service.discovery.v3.AggregatedDiscoveryService/DeltaAggregatedResources";
                     *   readonly requestType: "DeltaDiscoveryRequest";
                     *   readonly responseType: "DeltaDiscoveryResponse";
                     *   readonly requestStream: true;
                     *   readonly responseStream: true;
                     * }}
                     */

                    /**
                     * Calls DeltaAggregatedResources.
                     * @name envoy.service.discovery.v3.AggregatedDiscoveryService#deltaAggregatedResources
                     * @type {envoy.service.discovery.v3.AggregatedDiscoveryService.DeltaAggregatedResources}
                     */
                    $Object.defineProperties(AggregatedDiscoveryService.prototype.deltaAggregatedResources = function(request, callback) {
                        return $protobuf.rpc.Service.prototype.rpcCall.call(this, AggregatedDiscoveryService.prototype.deltaAggregatedResources, $root.envoy.service.discovery.v3.DeltaDiscoveryRequest, $root.envoy.service.discovery.v3.DeltaDiscoveryResponse, request, callback);
                    }, {
                        name: { value: "DeltaAggregatedResources" },
                        path: { value: "/envoy.service.discovery.v3.AggregatedDiscoveryService/DeltaAggregatedResources" },
                        requestType: { value: "DeltaDiscoveryRequest" },
                        responseType: { value: "DeltaDiscoveryResponse" },
                        requestStream: { value: true },
                        responseStream: { value: true }
                    });

                    return AggregatedDiscoveryService;
                })();

                return v3;
            })();

            return discovery;
        })();

        return service;
    })();

    return envoy;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Empty = (function() {

            /**
             * Properties of an Empty.
             * @typedef {Object} google.protobuf.Empty.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Empty.
             * @memberof google.protobuf
             * @interface IEmpty
             * @augments google.protobuf.Empty.$Properties
             * @deprecated Use google.protobuf.Empty.$Properties instead.
             */

            /**
             * Shape of an Empty.
             * @typedef {google.protobuf.Empty.$Properties} google.protobuf.Empty.$Shape
             */

            /**
             * Constructs a new Empty.
             * @memberof google.protobuf
             * @classdesc Represents an Empty.
             * @constructor
             * @param {google.protobuf.Empty.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Empty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Empty instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.Empty.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Empty} Empty instance
             * @type {{
             *   (properties: google.protobuf.Empty.$Shape): google.protobuf.Empty & google.protobuf.Empty.$Shape;
             *   (properties?: google.protobuf.Empty.$Properties): google.protobuf.Empty;
             * }}
             */
            Empty.create = function(properties) {
                return new Empty(properties);
            };

            /**
             * Encodes the specified Empty message. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.Empty.$Properties} message Empty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Empty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Empty message, length delimited. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.Empty.$Properties} message Empty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Empty.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Empty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Empty & google.protobuf.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Empty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Empty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Empty message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Empty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Empty & google.protobuf.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Empty.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Empty message.
             * @function verify
             * @memberof google.protobuf.Empty
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Empty.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an Empty message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Empty
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Empty} Empty
             */
            Empty.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Empty)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Empty: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.google.protobuf.Empty();
            };

            /**
             * Creates a plain object from an Empty message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.Empty} message Empty
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Empty.toObject = function () {
                return {};
            };

            /**
             * Converts this Empty to JSON.
             * @function toJSON
             * @memberof google.protobuf.Empty
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Empty.prototype.toJSON = function() {
                return Empty.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Empty
             * @function getTypeUrl
             * @memberof google.protobuf.Empty
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Empty.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Empty";
            };

            return Empty;
        })();

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Any message, length delimited. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Any message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Any message.
             * @function verify
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Any.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    if (!$util.isString(message.type_url))
                        return "type_url: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                return null;
            };

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Any
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Any} Any
             */
            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Any();
                if (object.type_url != null)
                    if (typeof object.type_url !== "string" || object.type_url.length)
                        message.type_url = $String(object.type_url);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any} message Any
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type_url = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url"))
                    object.type_url = message.type_url;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this Any to JSON.
             * @function toJSON
             * @memberof google.protobuf.Any
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        protobuf.DoubleValue = (function() {

            /**
             * Properties of a DoubleValue.
             * @typedef {Object} google.protobuf.DoubleValue.$Properties
             * @property {number|null} [value] DoubleValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DoubleValue.
             * @memberof google.protobuf
             * @interface IDoubleValue
             * @augments google.protobuf.DoubleValue.$Properties
             * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
             */

            /**
             * Shape of a DoubleValue.
             * @typedef {google.protobuf.DoubleValue.$Properties} google.protobuf.DoubleValue.$Shape
             */

            /**
             * Constructs a new DoubleValue.
             * @memberof google.protobuf
             * @classdesc Represents a DoubleValue.
             * @constructor
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DoubleValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DoubleValue value.
             * @member {number} value
             * @memberof google.protobuf.DoubleValue
             * @instance
             */
            DoubleValue.prototype.value = 0;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.DoubleValue} DoubleValue instance
             * @type {{
             *   (properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
             *   (properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;
             * }}
             */
            DoubleValue.create = function(properties) {
                return new DoubleValue(properties);
            };

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DoubleValue message, length delimited. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.DoubleValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DoubleValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DoubleValue message.
             * @function verify
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DoubleValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                return null;
            };

            /**
             * Creates a DoubleValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.DoubleValue} DoubleValue
             */
            DoubleValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.DoubleValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.DoubleValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.DoubleValue();
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                return message;
            };

            /**
             * Creates a plain object from a DoubleValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue} message DoubleValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DoubleValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            /**
             * Converts this DoubleValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.DoubleValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DoubleValue.prototype.toJSON = function() {
                return DoubleValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DoubleValue
             * @function getTypeUrl
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DoubleValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.DoubleValue";
            };

            return DoubleValue;
        })();

        protobuf.FloatValue = (function() {

            /**
             * Properties of a FloatValue.
             * @typedef {Object} google.protobuf.FloatValue.$Properties
             * @property {number|null} [value] FloatValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FloatValue.
             * @memberof google.protobuf
             * @interface IFloatValue
             * @augments google.protobuf.FloatValue.$Properties
             * @deprecated Use google.protobuf.FloatValue.$Properties instead.
             */

            /**
             * Shape of a FloatValue.
             * @typedef {google.protobuf.FloatValue.$Properties} google.protobuf.FloatValue.$Shape
             */

            /**
             * Constructs a new FloatValue.
             * @memberof google.protobuf
             * @classdesc Represents a FloatValue.
             * @constructor
             * @param {google.protobuf.FloatValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FloatValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FloatValue value.
             * @member {number} value
             * @memberof google.protobuf.FloatValue
             * @instance
             */
            FloatValue.prototype.value = 0;

            /**
             * Creates a new FloatValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.FloatValue} FloatValue instance
             * @type {{
             *   (properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
             *   (properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;
             * }}
             */
            FloatValue.create = function(properties) {
                return new FloatValue(properties);
            };

            /**
             * Encodes the specified FloatValue message. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue.$Properties} message FloatValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FloatValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FloatValue message, length delimited. Does not implicitly {@link google.protobuf.FloatValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue.$Properties} message FloatValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FloatValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FloatValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FloatValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.FloatValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FloatValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape} FloatValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FloatValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FloatValue message.
             * @function verify
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FloatValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                return null;
            };

            /**
             * Creates a FloatValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FloatValue} FloatValue
             */
            FloatValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.FloatValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.FloatValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.FloatValue();
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                return message;
            };

            /**
             * Creates a plain object from a FloatValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {google.protobuf.FloatValue} message FloatValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FloatValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            /**
             * Converts this FloatValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.FloatValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FloatValue.prototype.toJSON = function() {
                return FloatValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FloatValue
             * @function getTypeUrl
             * @memberof google.protobuf.FloatValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FloatValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.FloatValue";
            };

            return FloatValue;
        })();

        protobuf.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @typedef {Object} google.protobuf.Int64Value.$Properties
             * @property {number|null} [value] Int64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int64Value.
             * @memberof google.protobuf
             * @interface IInt64Value
             * @augments google.protobuf.Int64Value.$Properties
             * @deprecated Use google.protobuf.Int64Value.$Properties instead.
             */

            /**
             * Shape of an Int64Value.
             * @typedef {google.protobuf.Int64Value.$Properties} google.protobuf.Int64Value.$Shape
             */

            /**
             * Constructs a new Int64Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int64Value.
             * @constructor
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Int64Value value.
             * @member {number} value
             * @memberof google.protobuf.Int64Value
             * @instance
             */
            Int64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Int64Value} Int64Value instance
             * @type {{
             *   (properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
             *   (properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;
             * }}
             */
            Int64Value.create = function(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Int64Value message, length delimited. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Int64Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Int64Value message.
             * @function verify
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Int64Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                        return "value: integer|Long expected";
                return null;
            };

            /**
             * Creates an Int64Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Int64Value} Int64Value
             */
            Int64Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Int64Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Int64Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Int64Value();
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, false);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an Int64Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value} message Int64Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Int64Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
                return object;
            };

            /**
             * Converts this Int64Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Int64Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Int64Value.prototype.toJSON = function() {
                return Int64Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Int64Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Int64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Int64Value";
            };

            return Int64Value;
        })();

        protobuf.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @typedef {Object} google.protobuf.UInt64Value.$Properties
             * @property {number|null} [value] UInt64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt64Value.
             * @memberof google.protobuf
             * @interface IUInt64Value
             * @augments google.protobuf.UInt64Value.$Properties
             * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
             */

            /**
             * Shape of a UInt64Value.
             * @typedef {google.protobuf.UInt64Value.$Properties} google.protobuf.UInt64Value.$Shape
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt64Value.
             * @constructor
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UInt64Value value.
             * @member {number} value
             * @memberof google.protobuf.UInt64Value
             * @instance
             */
            UInt64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.UInt64Value} UInt64Value instance
             * @type {{
             *   (properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
             *   (properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;
             * }}
             */
            UInt64Value.create = function(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UInt64Value message, length delimited. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.UInt64Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UInt64Value message.
             * @function verify
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UInt64Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value) && !(message.value && $util.isInteger(message.value.low) && $util.isInteger(message.value.high)))
                        return "value: integer|Long expected";
                return null;
            };

            /**
             * Creates a UInt64Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.UInt64Value} UInt64Value
             */
            UInt64Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.UInt64Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.UInt64Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.UInt64Value();
                if (object.value != null)
                    if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                        if ($util.Long)
                            message.value = $util.Long.fromValue(object.value, true);
                        else if (typeof object.value === "string")
                            message.value = $parseInt(object.value, 10);
                        else if (typeof object.value === "number")
                            message.value = object.value;
                        else if (typeof object.value === "object")
                            message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a UInt64Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value} message UInt64Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UInt64Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, true).toBigInt();
                    else if (typeof message.value === "number")
                        object.value = options.longs === $String ? $String(message.value) : message.value;
                    else
                        object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber(true) : message.value;
                return object;
            };

            /**
             * Converts this UInt64Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.UInt64Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UInt64Value.prototype.toJSON = function() {
                return UInt64Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UInt64Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UInt64Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.UInt64Value";
            };

            return UInt64Value;
        })();

        protobuf.Int32Value = (function() {

            /**
             * Properties of an Int32Value.
             * @typedef {Object} google.protobuf.Int32Value.$Properties
             * @property {number|null} [value] Int32Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int32Value.
             * @memberof google.protobuf
             * @interface IInt32Value
             * @augments google.protobuf.Int32Value.$Properties
             * @deprecated Use google.protobuf.Int32Value.$Properties instead.
             */

            /**
             * Shape of an Int32Value.
             * @typedef {google.protobuf.Int32Value.$Properties} google.protobuf.Int32Value.$Shape
             */

            /**
             * Constructs a new Int32Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int32Value.
             * @constructor
             * @param {google.protobuf.Int32Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int32Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Int32Value value.
             * @member {number} value
             * @memberof google.protobuf.Int32Value
             * @instance
             */
            Int32Value.prototype.value = 0;

            /**
             * Creates a new Int32Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Int32Value} Int32Value instance
             * @type {{
             *   (properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
             *   (properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;
             * }}
             */
            Int32Value.create = function(properties) {
                return new Int32Value(properties);
            };

            /**
             * Encodes the specified Int32Value message. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value.$Properties} message Int32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Int32Value message, length delimited. Does not implicitly {@link google.protobuf.Int32Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value.$Properties} message Int32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Int32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Int32Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Int32Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape} Int32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Int32Value message.
             * @function verify
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Int32Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value))
                        return "value: integer expected";
                return null;
            };

            /**
             * Creates an Int32Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Int32Value} Int32Value
             */
            Int32Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Int32Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Int32Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Int32Value();
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value | 0;
                return message;
            };

            /**
             * Creates a plain object from an Int32Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {google.protobuf.Int32Value} message Int32Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Int32Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this Int32Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Int32Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Int32Value.prototype.toJSON = function() {
                return Int32Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Int32Value
             * @function getTypeUrl
             * @memberof google.protobuf.Int32Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Int32Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Int32Value";
            };

            return Int32Value;
        })();

        protobuf.UInt32Value = (function() {

            /**
             * Properties of a UInt32Value.
             * @typedef {Object} google.protobuf.UInt32Value.$Properties
             * @property {number|null} [value] UInt32Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt32Value.
             * @memberof google.protobuf
             * @interface IUInt32Value
             * @augments google.protobuf.UInt32Value.$Properties
             * @deprecated Use google.protobuf.UInt32Value.$Properties instead.
             */

            /**
             * Shape of a UInt32Value.
             * @typedef {google.protobuf.UInt32Value.$Properties} google.protobuf.UInt32Value.$Shape
             */

            /**
             * Constructs a new UInt32Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt32Value.
             * @constructor
             * @param {google.protobuf.UInt32Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt32Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UInt32Value value.
             * @member {number} value
             * @memberof google.protobuf.UInt32Value
             * @instance
             */
            UInt32Value.prototype.value = 0;

            /**
             * Creates a new UInt32Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.UInt32Value} UInt32Value instance
             * @type {{
             *   (properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
             *   (properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;
             * }}
             */
            UInt32Value.create = function(properties) {
                return new UInt32Value(properties);
            };

            /**
             * Encodes the specified UInt32Value message. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value.$Properties} message UInt32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt32Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UInt32Value message, length delimited. Does not implicitly {@link google.protobuf.UInt32Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value.$Properties} message UInt32Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt32Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UInt32Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt32Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.UInt32Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UInt32Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape} UInt32Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt32Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UInt32Value message.
             * @function verify
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UInt32Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value))
                        return "value: integer expected";
                return null;
            };

            /**
             * Creates a UInt32Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.UInt32Value} UInt32Value
             */
            UInt32Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.UInt32Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.UInt32Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.UInt32Value();
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a UInt32Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {google.protobuf.UInt32Value} message UInt32Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UInt32Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = 0;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this UInt32Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.UInt32Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UInt32Value.prototype.toJSON = function() {
                return UInt32Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UInt32Value
             * @function getTypeUrl
             * @memberof google.protobuf.UInt32Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UInt32Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.UInt32Value";
            };

            return UInt32Value;
        })();

        protobuf.BoolValue = (function() {

            /**
             * Properties of a BoolValue.
             * @typedef {Object} google.protobuf.BoolValue.$Properties
             * @property {boolean|null} [value] BoolValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BoolValue.
             * @memberof google.protobuf
             * @interface IBoolValue
             * @augments google.protobuf.BoolValue.$Properties
             * @deprecated Use google.protobuf.BoolValue.$Properties instead.
             */

            /**
             * Shape of a BoolValue.
             * @typedef {google.protobuf.BoolValue.$Properties} google.protobuf.BoolValue.$Shape
             */

            /**
             * Constructs a new BoolValue.
             * @memberof google.protobuf
             * @classdesc Represents a BoolValue.
             * @constructor
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BoolValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BoolValue value.
             * @member {boolean} value
             * @memberof google.protobuf.BoolValue
             * @instance
             */
            BoolValue.prototype.value = false;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.BoolValue} BoolValue instance
             * @type {{
             *   (properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
             *   (properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;
             * }}
             */
            BoolValue.create = function(properties) {
                return new BoolValue(properties);
            };

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BoolValue message, length delimited. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.BoolValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BoolValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BoolValue message.
             * @function verify
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BoolValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "boolean")
                        return "value: boolean expected";
                return null;
            };

            /**
             * Creates a BoolValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.BoolValue} BoolValue
             */
            BoolValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.BoolValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.BoolValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.BoolValue();
                if (object.value != null)
                    if (object.value)
                        message.value = $Boolean(object.value);
                return message;
            };

            /**
             * Creates a plain object from a BoolValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue} message BoolValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BoolValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = false;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this BoolValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.BoolValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BoolValue.prototype.toJSON = function() {
                return BoolValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BoolValue
             * @function getTypeUrl
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BoolValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.BoolValue";
            };

            return BoolValue;
        })();

        protobuf.StringValue = (function() {

            /**
             * Properties of a StringValue.
             * @typedef {Object} google.protobuf.StringValue.$Properties
             * @property {string|null} [value] StringValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringValue.
             * @memberof google.protobuf
             * @interface IStringValue
             * @augments google.protobuf.StringValue.$Properties
             * @deprecated Use google.protobuf.StringValue.$Properties instead.
             */

            /**
             * Shape of a StringValue.
             * @typedef {google.protobuf.StringValue.$Properties} google.protobuf.StringValue.$Shape
             */

            /**
             * Constructs a new StringValue.
             * @memberof google.protobuf
             * @classdesc Represents a StringValue.
             * @constructor
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StringValue value.
             * @member {string} value
             * @memberof google.protobuf.StringValue
             * @instance
             */
            StringValue.prototype.value = "";

            /**
             * Creates a new StringValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.StringValue} StringValue instance
             * @type {{
             *   (properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
             *   (properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;
             * }}
             */
            StringValue.create = function(properties) {
                return new StringValue(properties);
            };

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StringValue message, length delimited. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.StringValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StringValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StringValue message.
             * @function verify
             * @memberof google.protobuf.StringValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StringValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                return null;
            };

            /**
             * Creates a StringValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.StringValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.StringValue} StringValue
             */
            StringValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.StringValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.StringValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.StringValue();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                return message;
            };

            /**
             * Creates a plain object from a StringValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue} message StringValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StringValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.value = "";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this StringValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.StringValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StringValue.prototype.toJSON = function() {
                return StringValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StringValue
             * @function getTypeUrl
             * @memberof google.protobuf.StringValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.StringValue";
            };

            return StringValue;
        })();

        protobuf.BytesValue = (function() {

            /**
             * Properties of a BytesValue.
             * @typedef {Object} google.protobuf.BytesValue.$Properties
             * @property {Uint8Array|null} [value] BytesValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BytesValue.
             * @memberof google.protobuf
             * @interface IBytesValue
             * @augments google.protobuf.BytesValue.$Properties
             * @deprecated Use google.protobuf.BytesValue.$Properties instead.
             */

            /**
             * Shape of a BytesValue.
             * @typedef {google.protobuf.BytesValue.$Properties} google.protobuf.BytesValue.$Shape
             */

            /**
             * Constructs a new BytesValue.
             * @memberof google.protobuf
             * @classdesc Represents a BytesValue.
             * @constructor
             * @param {google.protobuf.BytesValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BytesValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BytesValue value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.BytesValue
             * @instance
             */
            BytesValue.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new BytesValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.BytesValue} BytesValue instance
             * @type {{
             *   (properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
             *   (properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;
             * }}
             */
            BytesValue.create = function(properties) {
                return new BytesValue(properties);
            };

            /**
             * Encodes the specified BytesValue message. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue.$Properties} message BytesValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BytesValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BytesValue message, length delimited. Does not implicitly {@link google.protobuf.BytesValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue.$Properties} message BytesValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BytesValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BytesValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BytesValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.BytesValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BytesValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape} BytesValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BytesValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BytesValue message.
             * @function verify
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BytesValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                        return "value: buffer expected";
                return null;
            };

            /**
             * Creates a BytesValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.BytesValue} BytesValue
             */
            BytesValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.BytesValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.BytesValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.BytesValue();
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from a BytesValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {google.protobuf.BytesValue} message BytesValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BytesValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this BytesValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.BytesValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BytesValue.prototype.toJSON = function() {
                return BytesValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BytesValue
             * @function getTypeUrl
             * @memberof google.protobuf.BytesValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BytesValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.BytesValue";
            };

            return BytesValue;
        })();

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @typedef {Object} google.protobuf.Struct.$Properties
             * @property {Object.<string,google.protobuf.Value.$Properties>|null} [fields] Struct fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @augments google.protobuf.Struct.$Properties
             * @deprecated Use google.protobuf.Struct.$Properties instead.
             */

            /**
             * Shape of a Struct.
             * @typedef {{
             *   fields?: Object.<string,google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.Struct.$Shape
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @constructor
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Struct = function (properties) {
                this.fields = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.Value.$Properties>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             * @type {{
             *   (properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
             *   (properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
             * }}
             */
            Struct.create = function(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Struct();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value || new $root.google.protobuf.Value();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Struct message.
             * @function verify
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Struct.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields")) {
                    if (!$util.isObject(message.fields))
                        return "fields: object expected";
                    let key = $Object.keys(message.fields);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.fields[key[i]], _depth + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Struct} Struct
             */
            Struct.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Struct)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Struct: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Struct();
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw $TypeError(".google.protobuf.Struct.fields: object expected");
                    message.fields = {};
                    for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        if (!$util.isObject(object.fields[keys[i]]))
                            throw $TypeError(".google.protobuf.Struct.fields: object expected");
                        message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct} message Struct
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Struct.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                let keys2;
                if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(message.fields[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            /**
             * Converts this Struct to JSON.
             * @function toJSON
             * @memberof google.protobuf.Struct
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Struct.prototype.toJSON = function() {
                return Struct.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Struct
             * @function getTypeUrl
             * @memberof google.protobuf.Struct
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Struct.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Struct";
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} google.protobuf.Value.$Properties
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.Struct.$Properties|null} [structValue] Value structValue
             * @property {google.protobuf.ListValue.$Properties|null} [listValue] Value listValue
             * @property {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"} [kind] Value kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @augments google.protobuf.Value.$Properties
             * @deprecated Use google.protobuf.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   nullValue?: google.protobuf.NullValue|null;
             *   numberValue?: number|null;
             *   stringValue?: string|null;
             *   boolValue?: boolean|null;
             *   structValue?: google.protobuf.Struct.$Shape|null;
             *   listValue?: google.protobuf.ListValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
             * )} google.protobuf.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @constructor
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.Struct.$Properties|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.ListValue.$Properties|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             * @type {{
             *   (properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
             *   (properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nullValue);
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.numberValue);
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stringValue);
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.nullValue = reader.int32();
                            message.kind = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.numberValue = reader.double();
                            message.kind = "numberValue";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stringValue = reader.stringVerify();
                            message.kind = "stringValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.boolValue = reader.bool();
                            message.kind = "boolValue";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.structValue);
                            message.kind = "structValue";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.size(), $undefined, _depth + 1, message.listValue);
                            message.kind = "listValue";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Value message.
             * @function verify
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    properties.kind = 1;
                    if (typeof message.nullValue !== "number" || (message.nullValue | 0) !== message.nullValue)
                        return "nullValue: enum value expected";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.numberValue !== "number")
                        return "numberValue: number expected";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.stringValue))
                        return "stringValue: string expected";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.boolValue !== "boolean")
                        return "boolValue: boolean expected";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.Struct.verify(message.structValue, _depth + 1);
                        if (error)
                            return "structValue." + error;
                    }
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.ListValue.verify(message.listValue, _depth + 1);
                        if (error)
                            return "listValue." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Value} Value
             */
            Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Value();
                switch (object.nullValue) {
                case "NULL_VALUE":
                case 0:
                    message.nullValue = 0;
                    break;
                default:
                    if (typeof object.nullValue === "number" && (object.nullValue | 0) === object.nullValue)
                        message.nullValue = object.nullValue;
                }
                if (object.numberValue != null)
                    message.numberValue = $Number(object.numberValue);
                if (object.stringValue != null)
                    message.stringValue = $String(object.stringValue);
                if (object.boolValue != null)
                    message.boolValue = $Boolean(object.boolValue);
                if (object.structValue != null) {
                    if (!$util.isObject(object.structValue))
                        throw $TypeError(".google.protobuf.Value.structValue: object expected");
                    message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, _depth + 1);
                }
                if (object.listValue != null) {
                    if (!$util.isObject(object.listValue))
                        throw $TypeError(".google.protobuf.Value.listValue: object expected");
                    message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value} message Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    object.nullValue = options.enums === $String ? $root.google.protobuf.NullValue[message.nullValue] === $undefined ? message.nullValue : $root.google.protobuf.NullValue[message.nullValue] : message.nullValue;
                    if (options.oneofs)
                        object.kind = "nullValue";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    object.numberValue = options.json && !$isFinite(message.numberValue) ? $String(message.numberValue) : message.numberValue;
                    if (options.oneofs)
                        object.kind = "numberValue";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.kind = "stringValue";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    object.boolValue = message.boolValue;
                    if (options.oneofs)
                        object.kind = "boolValue";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "structValue";
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "listValue";
                }
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Value
             * @function getTypeUrl
             * @memberof google.protobuf.Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Value";
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @typedef {Object} google.protobuf.ListValue.$Properties
             * @property {Array.<google.protobuf.Value.$Properties>|null} [values] ListValue values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @augments google.protobuf.ListValue.$Properties
             * @deprecated Use google.protobuf.ListValue.$Properties instead.
             */

            /**
             * Shape of a ListValue.
             * @typedef {{
             *   values?: Array.<google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.ListValue.$Shape
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @constructor
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListValue = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.Value.$Properties>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             * @type {{
             *   (properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
             *   (properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
             * }}
             */
            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.ListValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListValue message.
             * @function verify
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$Array.isArray(message.values))
                        return "values: array expected";
                    for (let i = 0; i < message.values.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.values[i], _depth + 1);
                        if (error)
                            return "values." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ListValue} ListValue
             */
            ListValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.ListValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.ListValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.ListValue();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".google.protobuf.ListValue.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i) {
                        if (!$util.isObject(object.values[i]))
                            throw $TypeError(".google.protobuf.ListValue.values: object expected");
                        message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue} message ListValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function() {
                return ListValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListValue
             * @function getTypeUrl
             * @memberof google.protobuf.ListValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.ListValue";
            };

            return ListValue;
        })();

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @typedef {Object} google.protobuf.Duration.$Properties
             * @property {number|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @augments google.protobuf.Duration.$Properties
             * @deprecated Use google.protobuf.Duration.$Properties instead.
             */

            /**
             * Shape of a Duration.
             * @typedef {google.protobuf.Duration.$Properties} google.protobuf.Duration.$Shape
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @constructor
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Duration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Duration seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             * @type {{
             *   (properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
             *   (properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
             * }}
             */
            Duration.create = function(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Duration message, length delimited. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Duration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Duration message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Duration message.
             * @function verify
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Duration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Duration} Duration
             */
            Duration.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Duration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Duration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Duration();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration} message Duration
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Duration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Duration to JSON.
             * @function toJSON
             * @memberof google.protobuf.Duration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Duration.prototype.toJSON = function() {
                return Duration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Duration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof google
         * @namespace
         */
        const rpc = {};

        rpc.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} google.rpc.Status.$Properties
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<google.protobuf.Any.$Properties>|null} [details] Status details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof google.rpc
             * @interface IStatus
             * @augments google.rpc.Status.$Properties
             * @deprecated Use google.rpc.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {google.rpc.Status.$Properties} google.rpc.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof google.rpc
             * @classdesc Represents a Status.
             * @constructor
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                this.details = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status code.
             * @member {number} code
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Status details.
             * @member {Array.<google.protobuf.Any.$Properties>} details
             * @memberof google.rpc.Status
             * @instance
             */
            Status.prototype.details = $util.emptyArray;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties=} [properties] Properties to set
             * @returns {google.rpc.Status} Status instance
             * @type {{
             *   (properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
             *   (properties?: google.rpc.Status.$Properties): google.rpc.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encode
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.protobuf.Any.encode(message.details[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.rpc.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Status message.
             * @function verify
             * @memberof google.rpc.Status
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Status.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isInteger(message.code))
                        return "code: integer expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.details != null && $Object.hasOwnProperty.call(message, "details")) {
                    if (!$Array.isArray(message.details))
                        return "details: array expected";
                    for (let i = 0; i < message.details.length; ++i) {
                        let error = $root.google.protobuf.Any.verify(message.details[i], _depth + 1);
                        if (error)
                            return "details." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.rpc.Status
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.rpc.Status} Status
             */
            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.google.rpc.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.rpc.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.rpc.Status();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.details) {
                    if (!$Array.isArray(object.details))
                        throw $TypeError(".google.rpc.Status.details: array expected");
                    message.details = $Array(object.details.length);
                    for (let i = 0; i < object.details.length; ++i) {
                        if (!$util.isObject(object.details[i]))
                            throw $TypeError(".google.rpc.Status.details: object expected");
                        message.details[i] = $root.google.protobuf.Any.fromObject(object.details[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.rpc.Status
             * @static
             * @param {google.rpc.Status} message Status
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.details = [];
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.details && message.details.length) {
                    object.details = $Array(message.details.length);
                    for (let j = 0; j < message.details.length; ++j)
                        object.details[j] = $root.google.protobuf.Any.toObject(message.details[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof google.rpc.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof google.rpc.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.Status";
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

export {
  $root as default
};
